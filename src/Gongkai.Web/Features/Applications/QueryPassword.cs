using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Web.Features.Applications;

/// <summary>Tracking codes and query passwords for the applicant's status page. The password is
/// stored only as a salted PBKDF2 hash; the code is random so that codes cannot be enumerated.</summary>
public static class QueryPassword
{
    private const string CodeAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    private const int Iterations = 100_000;

    /// <summary>A random code; the two-letter prefix names the kind of case (YS 依申请公开, XX 信箱来信).</summary>
    public static string NewTrackingCode(string prefix = "YS") => prefix + RandomNumberGenerator.GetString(CodeAlphabet, 10);

    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 8);

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, 32);
        return $"pbkdf2${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != "pbkdf2" || !int.TryParse(parts[1], out var iterations))
        {
            return false;
        }

        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password.Trim()), Convert.FromBase64String(parts[2]), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
