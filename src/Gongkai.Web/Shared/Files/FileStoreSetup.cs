using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared.Files;

public static class FileStoreSetup
{
    /// <summary>Registers both stores and, as <see cref="IFileStore"/>, the one that
    /// <c>Gongkai:Files:Store</c> names. Both providers can hold the database store: on SQLite it
    /// puts files in the one database file (one file to back up); on PostgreSQL it is what lets
    /// several nodes share files.</summary>
    public static IServiceCollection AddFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FileStoreOptions.Section);
        var raw = section[nameof(FileStoreOptions.Store)];
        var kind = FileStoreKind.Local;
        if (!string.IsNullOrWhiteSpace(raw) && (!Enum.TryParse(raw.Trim(), ignoreCase: true, out kind) || !Enum.IsDefined(kind) || int.TryParse(raw, out _)))
        {
            throw new StartupConfigurationException($"Gongkai:Files:Store 的值“{raw}”无效：应为 Local（数据目录中的 files 文件夹）或 Database（数据库）。");
        }

        services.Configure<FileStoreOptions>(o =>
        {
            o.Store = kind;
            if (int.TryParse(section[nameof(FileStoreOptions.ChunkKilobytes)], out var kb))
            {
                o.ChunkKilobytes = kb;
            }
        });
        services.AddSingleton<LocalFileStore>();
        services.AddSingleton<DatabaseFileStore>();
        services.AddSingleton<IFileStore>(sp => sp.GetRequiredService<IOptions<FileStoreOptions>>().Value.Store == FileStoreKind.Database
            ? sp.GetRequiredService<DatabaseFileStore>()
            : sp.GetRequiredService<LocalFileStore>());
        return services;
    }
}
