using Portale.Adapters.Documents;

// Usage: Portale.Documents <folder>. Reads the manual's Markdown from the folder and writes beside it
// the manual as PDF and the enablement request form (both git-ignored: made at every build).
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("Uso: Portale.Documents <cartella dei documenti, es. web/public/documenti>");
    return 2;
}
var folder = args[0];
foreach (var (name, bytes) in PortalDocuments.Write(folder))
{
    Console.WriteLine($"{Path.Combine(folder, name)} ({bytes} byte)");
}
return 0;
