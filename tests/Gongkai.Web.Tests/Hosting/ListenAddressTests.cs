using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Gongkai.Web.Shared;
using Microsoft.Extensions.Configuration;

namespace Gongkai.Web.Tests.Hosting;

/// <summary>A deployer chooses the address the standard ways — <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>, <c>--urls</c> — and nothing in the app's settings silently beats
/// them. Checked on the real app process, as a container or a service manager starts it.</summary>
public sealed class ListenAddressTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(180); // start-up migrates and seeds a new database; slow on a loaded CI machine

    public enum Way
    {
        AspNetCoreUrls,
        AspNetCoreHttpPorts,
        UrlsArgument,
    }

    [Theory]
    [InlineData(Way.AspNetCoreUrls)]
    [InlineData(Way.AspNetCoreHttpPorts)]
    [InlineData(Way.UrlsArgument)]
    public async Task The_app_process_answers_on_the_port_the_deployer_chose(Way way)
    {
        var port = FreePort();
        var data = Path.Combine(Path.GetTempPath(), "gongkai-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        var app = AppAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(app)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--Gongkai:Security:Profile=Trial");
        foreach (var inherited in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "Urls", "URLS", "DOTNET_URLS" })
        {
            start.Environment.Remove(inherited);
        }

        start.Environment["Gongkai__DataDirectory"] = data;
        start.Environment["Gongkai__AdminPassword"] = Infrastructure.GongkaiFactory.AdminPassword;
        switch (way)
        {
            case Way.AspNetCoreUrls:
                start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
                break;
            case Way.AspNetCoreHttpPorts:
                start.Environment["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case Way.UrlsArgument:
                start.ArgumentList.Add("--urls");
                start.ArgumentList.Add($"http://127.0.0.1:{port}");
                break;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        try
        {
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var clock = Stopwatch.StartNew();
            HttpStatusCode? status = null;
            // /healthz is readiness: 503 while the new database's search index is still being built.
            while (status != HttpStatusCode.OK && clock.Elapsed < StartTimeout && !process.HasExited)
            {
                try
                {
                    status = (await client.GetAsync($"http://127.0.0.1:{port}/healthz")).StatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                }

                if (status != HttpStatusCode.OK)
                {
                    await Task.Delay(250);
                }
            }

            string log;
            lock (output)
            {
                log = output.ToString();
            }

            Assert.True(status == HttpStatusCode.OK, $"no healthy answer on port {port} ({way}) within {StartTimeout.TotalSeconds} s; got {status}; exited: {process.HasExited}\n{log}");
            Assert.DoesNotContain(DefaultListenAddress.Url, log);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open is left for the OS to clean from /tmp.
            }
        }
    }

    [Fact]
    public void Port_5080_is_the_default_only_when_no_address_is_chosen()
    {
        Assert.False(DefaultListenAddress.IsChosen(Config()));
        Assert.True(DefaultListenAddress.IsChosen(Config(("urls", "http://0.0.0.0:80"))));
        Assert.True(DefaultListenAddress.IsChosen(Config(("http_ports", "8080"))));
        Assert.True(DefaultListenAddress.IsChosen(Config(("https_ports", "8443"))));
        Assert.True(DefaultListenAddress.IsChosen(Config(("Kestrel:Endpoints:Http:Url", "http://0.0.0.0:8080"))));
    }

    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>Gongkai.Web.dll as built beside the tests (same configuration and framework), with
    /// its runtime configuration, so it can be started as <c>dotnet Gongkai.Web.dll</c>.</summary>
    private static string AppAssembly()
    {
        var here = AppContext.BaseDirectory;
        if (File.Exists(Path.Combine(here, "Gongkai.Web.runtimeconfig.json")))
        {
            return Path.Combine(here, "Gongkai.Web.dll");
        }

        // tests/Gongkai.Web.Tests/bin/{Configuration}/{framework}/ → src/Gongkai.Web/bin/{Configuration}/{framework}/
        var framework = new DirectoryInfo(here.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!;
        var root = configuration.Parent!.Parent!.Parent!.Parent!;
        var app = Path.Combine(root.FullName, "src", "Gongkai.Web", "bin", configuration.Name, framework.Name, "Gongkai.Web.dll");
        Assert.True(File.Exists(app), $"Gongkai.Web.dll not found at {app}");
        return app;
    }
}
