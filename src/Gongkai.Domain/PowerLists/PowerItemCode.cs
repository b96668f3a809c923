namespace Gongkai.Domain.PowerLists;

/// <summary>事项编码 as organs type them: copied from provincial documents they often come with
/// full-width digits and letters (０００１２３４) or stray spaces. Stored normalised so that
/// "uniqueness within the organ" means what a person reading the code means.</summary>
public static class PowerItemCode
{
    public const int MaxLength = 64;

    public static string Normalize(string? code)
    {
        var chars = new List<char>();
        foreach (var c in (code ?? "").Trim())
        {
            // Full-width ASCII (U+FF01–U+FF5E) maps to ASCII by a fixed offset; the ideographic space is dropped.
            var ch = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(ch) && ch != '\u3000')
            {
                chars.Add(char.ToUpperInvariant(ch));
            }
        }

        return new string(chars.ToArray());
    }
}
