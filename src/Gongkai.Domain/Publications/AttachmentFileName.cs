using System.Text;

namespace Gongkai.Domain.Publications;

/// <summary>Turns whatever name a browser sent into a safe display name: no directories, no
/// encoded dots, no control or reserved characters. The name is only ever shown and offered as the
/// download name; files are stored under a GUID, so nothing here decides where a file lands.</summary>
public static class AttachmentFileName
{
    public const int MaxLength = 120;

    private const string Fallback = "附件";

    public static string Sanitize(string? raw)
    {
        var name = raw ?? string.Empty;
        // Decode percent-escapes (%2e%2e%2f) a few times, so layered encodings cannot hide a path.
        for (var i = 0; i < 3 && name.Contains('%'); i++)
        {
            string decoded;
            try
            {
                decoded = Uri.UnescapeDataString(name);
            }
            catch (UriFormatException)
            {
                break;
            }

            if (decoded == name)
            {
                break;
            }

            name = decoded;
        }

        name = name.Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];

        var sb = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            // Bidirectional controls through the shared rule that titles and names use too.
            if (char.IsControl(c) || c is '<' or '>' or ':' or '"' or '|' or '?' or '*' or '\u200B' or '\uFEFF'
                || Text.BidiControls.IsBidiControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            sb.Append(c);
        }

        // Trailing dots and spaces are dropped by Windows and would change the extension there.
        name = sb.ToString().Trim().TrimEnd('.', ' ');
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name).Trim().TrimEnd('.');
        if (stem.Length == 0)
        {
            stem = Fallback;
        }

        if (extension.Length > 10)
        {
            extension = string.Empty;
        }

        if (stem.Length + extension.Length > MaxLength)
        {
            stem = stem[..(MaxLength - extension.Length)];
        }

        return stem + extension;
    }
}
