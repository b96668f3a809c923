using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Gongkai.Domain.Applications;

/// <summary>What makes two submissions one: the same organ, applicant and request, received by
/// the same channel on the same day (for staff registrations, the Art. 31 receipt date), within
/// the duplicate window. Never a token the client chooses: a replayed or guessed form token
/// cannot select someone else's case. The same request received on another day is another
/// application (answered, if need be, with notProcessed.repeat, 《条例》第三十六条第（六）项).</summary>
public static class SubmissionKey
{
    /// <summary>SHA-256 (lower-case hex) of the key's parts; the stored keys depend on this exact text.</summary>
    public static string Of(int organizationId, ApplicantKind kind, string name, string? idNumber, string? title,
        string description, ApplicationChannel channel, DateOnly? receivedOn)
    {
        var material = string.Join('\u001f', "v2", organizationId.ToString(CultureInfo.InvariantCulture), ApplicantKinds.Code(kind),
            name, idNumber ?? "", title ?? "", description, ApplicationChannels.Code(channel), receivedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material)));
    }
}
