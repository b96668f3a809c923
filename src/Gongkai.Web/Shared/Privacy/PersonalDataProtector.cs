using System.Security.Cryptography;
using System.Text;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Gongkai.Web.Shared.Privacy;

/// <summary>Field-level encryption of the personal information the public gives or that decisions name
/// (applicants, letter writers, enforcement parties, service-case applicants; SECURITY.md 8.1.4.8): AES-256-GCM
/// with a random nonce per value, and an HMAC-SHA-256 blind index for exact-match lookup of identity
/// numbers and phones. The keys live in a file under the data directory's <c>keys</c> folder (or
/// configuration <c>Gongkai:Applications:Key</c>, base64 of 64 bytes), never in the database, so a
/// copy of the database alone reveals nothing. SM4 can replace AES behind this class later; the
/// "v1:" prefix leaves room for that.</summary>
public sealed class PersonalDataProtector
{
    /// <summary>The configured key. Its name is older than the other users of the key, so existing
    /// deployments keep theirs.</summary>
    public const string KeySetting = "Gongkai:Applications:Key";

    private const string Prefix = "v1:";
    private readonly byte[] encryptionKey;
    private readonly byte[] indexKey;

    public PersonalDataProtector(byte[] keyMaterial)
    {
        if (keyMaterial.Length != 64)
        {
            throw new ArgumentException("个人信息密钥应为64字节。", nameof(keyMaterial));
        }

        encryptionKey = keyMaterial[..32];
        indexKey = keyMaterial[32..];
    }

    public static PersonalDataProtector Load(string? configured, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PersonalDataProtector(Convert.FromBase64String(configured));
        }

        // The file keeps the name it had when only applications used it, so existing data stays readable.
        var path = Path.Combine(dataDirectory, "keys", "applicant-pi.key");
        if (File.Exists(path))
        {
            return new PersonalDataProtector(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(key));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return new PersonalDataProtector(key);
    }

    public string? Encrypt(string? plain)
    {
        if (string.IsNullOrEmpty(plain))
        {
            return null;
        }

        var data = Encoding.UTF8.GetBytes(plain);
        var nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        var tag = new byte[AesGcm.TagByteSizes.MaxSize];
        var cipher = new byte[data.Length];
        using var aes = new AesGcm(encryptionKey, tag.Length);
        aes.Encrypt(nonce, data, cipher, tag);
        return Prefix + Convert.ToBase64String([.. nonce, .. tag, .. cipher]);
    }

    public string? Decrypt(string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }

        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("无法识别的加密字段格式。");
        }

        var bytes = Convert.FromBase64String(stored[Prefix.Length..]);
        var nonce = bytes.AsSpan(0, 12);
        var tag = bytes.AsSpan(12, 16);
        var cipher = bytes.AsSpan(28);
        var plain = new byte[cipher.Length];
        using var aes = new AesGcm(encryptionKey, 16);
        aes.Decrypt(nonce, cipher, tag, plain);
        return Encoding.UTF8.GetString(plain);
    }

    /// <summary>The blind index of an identity number or phone: the same value always gives the
    /// same index, so exact lookup works without decrypting, while the index alone reveals nothing
    /// without the key. Values are normalised first (spaces, hyphens, case).</summary>
    public string? Index(string? value)
    {
        var normalized = Normalize(value);
        if (normalized is null)
        {
            return null;
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(normalized)));
    }

    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Normalize(NormalizationForm.FormKC);
        return new string(text.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
    }
}

/// <summary>Registers the one <see cref="PersonalDataProtector"/> of the application; each feature that
/// stores personal data calls it, so none depends on another feature having registered it.</summary>
public static class PersonalDataProtection
{
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => PersonalDataProtector.Load(
            sp.GetRequiredService<IConfiguration>()[PersonalDataProtector.KeySetting],
            sp.GetRequiredService<IOptions<GongkaiOptions>>().Value.ResolveDataDirectory()));
        return services;
    }
}
