using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portale.Benchmarks;

/// <summary>An in-memory Azurite from scripts/azurite, as the integration tests start it.</summary>
public sealed class LocalAzurite : IDisposable
{
    private readonly Process process;

    public LocalAzurite()
    {
        var root = FindRoot();
        var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
        process = Process.Start(new ProcessStartInfo(Path.Combine(root, "scripts", "azurite", "node_modules", ".bin", "azurite"),
            ["--inMemoryPersistence", "--skipApiVersionCheck", "--silent", "--loose",
             "--blobHost", "127.0.0.1", "--blobPort", $"{blob}", "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
             "--tableHost", "127.0.0.1", "--tablePort", $"{table}"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{queue}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{table}/devstoreaccount1;";
        WaitForPort(table);
    }

    public string ConnectionString { get; }

    /// <summary>The CPU the emulator has used so far, to split a read's time between it and the portal's code.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
        process.Dispose();
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Portale.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Portale.sln not found above the benchmark.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void WaitForPort(int port)
    {
        for (var i = 0; i < 600; i++) // up to a minute: the machine is shared
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(100);
            }
        }
        throw new InvalidOperationException("Azurite did not start.");
    }
}
