using Gongkai.Web;
using Gongkai.Web.Shared;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddGongkai(args);

    var app = builder.Build();
    if (args.Contains(Gongkai.Web.Shared.Demo.DemoData.RemoveCommand))
    {
        // Migrates only: the seeders would create what the profile in force asks for (accounts,
        // demo data), and removing the demo must change nothing but the demo.
        await Gongkai.Web.Data.DatabaseSetup.InitializeDatabaseAsync(app.Services, seed: false);
        Environment.ExitCode = await Gongkai.Web.Shared.Demo.DemoRemoval.RunCommandAsync(app.Services);
        return;
    }

    await app.UseGongkaiAsync();
    if (args.Contains(Gongkai.Web.Features.Search.SearchFeature.RebuildCommand))
    {
        Environment.ExitCode = await Gongkai.Web.Features.Search.SearchFeature.RunRebuildCommandAsync(app.Services);
        return;
    }

    if (args.Contains(Gongkai.Web.Shared.Files.FileStoreMigration.Command))
    {
        Environment.ExitCode = await Gongkai.Web.Shared.Files.FileStoreMigration.RunAsync(app.Services, Console.Out);
        return;
    }

    await app.RunAsync();
}
catch (StartupConfigurationException e)
{
    Console.Error.WriteLine($"[Gongkai] 启动失败：{e.Message}");
    Environment.ExitCode = 2;
}

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
