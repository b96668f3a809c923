using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Domain.Audit;

/// <summary>The hash chain that makes tampering with the audit log detectable (GB/T 22239
/// 8.1.4.3 c, 8.1.4.7): each row's hash is an HMAC over its own fields and the previous row's
/// hash, with a key kept outside the database, so a DBA who edits, deletes or reorders a row
/// cannot recompute the chain.</summary>
public static class AuditChain
{
    /// <summary>The hash that the first row links to.</summary>
    public const string Genesis = "GENESIS";

    private const char Separator = '\u001f';

    public static string Hash(ReadOnlySpan<byte> key, string previousHash, IEnumerable<string?> fields)
    {
        var text = new StringBuilder(previousHash);
        foreach (var field in fields)
        {
            // The separator cannot occur inside a field, and null differs from "".
            text.Append(Separator).Append(field is null ? "\u2400" : field.Replace(Separator, ' '));
        }

        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text.ToString())));
    }
}
