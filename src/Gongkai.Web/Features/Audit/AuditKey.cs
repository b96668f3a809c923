using System.Security.Cryptography;

namespace Gongkai.Web.Features.Audit;

/// <summary>The HMAC key of the audit chain. It lives outside the database (a file in the data
/// directory, or configuration <c>Gongkai:Audit:Key</c> as base64), so that whoever can write the
/// database cannot forge the chain.</summary>
public sealed class AuditKey(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public static AuditKey Load(string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AuditKey(Convert.FromBase64String(configured));
        }

        var path = Path.Combine(dataDirectory, "keys", "audit-chain.key");
        if (File.Exists(path))
        {
            return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new AuditKey(key);
    }
}
