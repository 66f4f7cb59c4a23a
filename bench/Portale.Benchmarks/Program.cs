using System.Globalization;
using BenchmarkDotNet.Running;

if (args is ["time-rules", ..])
{
    await Portale.Benchmarks.TimeRulesRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000);
    return;
}
if (args is ["reports", ..])
{
    await Portale.Benchmarks.ReportsRun.RunAsync(
        args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [50_000, 200_000]);
    return;
}
if (args is ["costs", ..])
{
    await Portale.Benchmarks.CostsRun.RunAsync(
        args.Length > 1 ? [.. args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [1_000, 10_000, 100_000]);
    return;
}
if (args is ["staff-reads", ..])
{
    await Portale.Benchmarks.StaffReadsRun.RunAsync(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Portale.Benchmarks.SectionListBenchmark).Assembly).Run(args);
