using System.Text;
using System.Text.RegularExpressions;

using Gongkai.Domain.Organizations;

namespace Gongkai.Domain.Privacy;

/// <summary>Finds ID numbers (18- and 15-digit), mobile numbers, bank card numbers and e-mail addresses
/// in text before it is published (SECURITY.md §2.4, test S10).
/// <para>Text is normalised first: NFKC (full-width digits and Ｘ), and spaces, hyphens and zero-width
/// characters between digits are bridged, because leaked lists are typed by hand and copied from Excel.
/// A digit run with visible separators is tried both whole and along its separators, so a serial
/// number written in front of an ID ("1 500116…") does not hide it. Visible separators must follow
/// the usual grouping for mobiles (3-4-4) and bank cards (groups of 4); ID numbers are structured
/// enough (province, real birth date) to be accepted in any grouping.</para>
/// <para>Landlines (023-4752 1234) are never reported: organs must publish their office numbers.
/// A number glued to a Latin letter is treated as part of a code (索引号, 统一社会信用代码) and ignored.</para></summary>
public sealed partial class PersonalInformationDetector
{
    private const int MaxSeparatorRun = 3;

    private readonly HashSet<string> allowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly PersonalInformationMasker masker;
    private readonly List<(string Name, Regex Pattern)> names = [];

    /// <param name="allowList">Values the organ publishes on purpose (official e-mail, service phone);
    /// compared after normalisation, so "+86 138-0000-0000" allows 13800000000.</param>
    /// <param name="masker">Produces <see cref="PersonalInformationFinding.Masked"/>; the default masker if null.</param>
    /// <param name="knownNames">Private persons' names to find as well (e.g. the applicants of a
    /// request turned into proactive disclosure); matched after NFKC with spaces, zero-width
    /// characters and middle dots allowed between the characters ("张 三", "张\u200B三").</param>
    public PersonalInformationDetector(IEnumerable<string>? allowList = null, PersonalInformationMasker? masker = null,
        IEnumerable<string>? knownNames = null)
    {
        this.masker = masker ?? new PersonalInformationMasker();
        foreach (var value in allowList ?? [])
        {
            allowed.Add(NormalizeAllowedValue(value));
        }

        foreach (var name in (knownNames ?? []).Select(NormalizeName).Where(n => n.Length >= 2).Distinct(StringComparer.Ordinal))
        {
            var pattern = string.Join(@"[\s\u200B-\u200D\u2060\uFEFF·•・]{0,3}", name.Select(c => Regex.Escape(c.ToString())));
            names.Add((name, new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))));
        }
    }

    /// <summary>Personal information in the attributes a visitor can read: title (tooltip), alt
    /// (image text, read aloud), aria-label, and mailto:/tel: link targets.
    /// Each finding spans the whole attribute value in <paramref name="html"/>.</summary>
    public IReadOnlyList<PersonalInformationFinding> ScanAttributes(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var findings = new List<PersonalInformationFinding>();
        foreach (var attribute in HtmlAttributeText.Readable(html))
        {
            foreach (var f in Scan(attribute.Value))
            {
                findings.Add(f with { Start = attribute.Start, Length = attribute.Length });
            }
        }

        return findings;
    }

    /// <summary>Scans HTML rendered text and readable attributes together: what a page publishes.</summary>
    public IReadOnlyList<PersonalInformationFinding> ScanPublishedHtml(string html) =>
        [.. ScanHtml(html), .. ScanAttributes(html)];

    private static string NormalizeName(string name) =>
        new(name.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '·' or '•' or '・')).ToArray());

    /// <summary>Scans plain text; offsets are in <paramref name="text"/>.</summary>
    public IReadOnlyList<PersonalInformationFinding> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Scan(NormalizedText.FromPlainText(text), text);
    }

    /// <summary>Scans HTML as a reader sees it: tags are removed (inline tags join the text around
    /// them, block tags such as td or p separate it), entities decoded, script and style skipped.
    /// Offsets are in <paramref name="html"/>; a finding's span may contain the tags that split it.</summary>
    public IReadOnlyList<PersonalInformationFinding> ScanHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Scan(NormalizedText.FromHtml(html), html);
    }

    private List<PersonalInformationFinding> Scan(NormalizedText normalized, string source)
    {
        var text = normalized.Text;
        var candidates = new List<Candidate>();

        foreach (Match m in EmailPattern().Matches(text))
        {
            candidates.Add(new Candidate(PersonalInformationKind.Email, FindingConfidence.High, m.Index, m.Index + m.Length, m.Value));
        }

        var emailCount = candidates.Count;
        var nextEmail = 0;
        var run = new DigitRun();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var end = run.Read(text, i);
            // An e-mail such as 13812345678@qq.com is reported once, as an e-mail.
            // Digit runs and e-mails both come in text order, so one forward pointer keeps this linear.
            while (nextEmail < emailCount && candidates[nextEmail].End <= i)
            {
                nextEmail++;
            }

            if (nextEmail == emailCount || candidates[nextEmail].Start >= end)
            {
                run.Evaluate(text, candidates);
            }

            i = end;
        }

        foreach (var (name, pattern) in names)
        {
            foreach (Match m in pattern.Matches(text))
            {
                candidates.Add(new Candidate(PersonalInformationKind.PersonName, FindingConfidence.High, m.Index, m.Index + m.Length, name));
            }
        }

        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        var findings = new List<PersonalInformationFinding>(candidates.Count);
        foreach (var c in candidates)
        {
            if (allowed.Contains(c.Value))
            {
                continue;
            }

            var start = normalized.SourceStart(c.Start);
            var end = normalized.SourceEnd(c.End - 1);
            var masked = masker.Mask(c.Kind, c.Value);
            if (c.PrefixEnd > c.Start)
            {
                // Keep "+86 " as written: only the subscriber number is personal.
                var prefixEnd = normalized.SourceStart(c.PrefixEnd);
                masked = source.Substring(start, prefixEnd - start) + masked;
            }

            findings.Add(new PersonalInformationFinding(c.Kind, c.Confidence, start, end - start, c.Value, masked));
        }

        return findings;
    }

    private static string NormalizeAllowedValue(string value)
    {
        var n = value.Normalize(NormalizationForm.FormKC).Trim();
        if (n.Contains('@'))
        {
            return n;
        }

        var sb = new StringBuilder(n.Length);
        foreach (var c in n)
        {
            if (char.IsAsciiDigit(c) || c is 'X' or 'x')
            {
                sb.Append(char.ToUpperInvariant(c));
            }
        }

        var digits = sb.ToString();
        return digits.Length == 13 && digits.StartsWith("86", StringComparison.Ordinal) ? digits[2..] : digits;
    }

    // The local part cannot start right after another local-part character, so each run is tried
    // once: this keeps the scan linear on long Latin or digit runs.
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    private readonly record struct Candidate(
        PersonalInformationKind Kind, FindingConfidence Confidence, int Start, int End, string Value)
    {
        /// <summary>For a mobile written with +86, where the subscriber number starts (else Start).</summary>
        public int PrefixEnd { get; init; }
    }

    private readonly record struct Option(
        PersonalInformationKind Kind, FindingConfidence Confidence, int Priority, int From, int To, int DigitsFrom, bool PlusSign);

    /// <summary>A maximal run of digits joined by separators, with the positions of visible separators.</summary>
    private sealed class DigitRun
    {
        private readonly List<char> digits = [];
        private readonly List<int> positions = [];
        private readonly List<int> boundaries = [];
        private bool leftBlocked;
        private bool rightBlocked;
        private bool plusBefore;

        /// <summary>Reads the run starting at <paramref name="start"/>; returns the index after it.</summary>
        public int Read(string text, int start)
        {
            digits.Clear();
            positions.Clear();
            boundaries.Clear();
            boundaries.Add(0);
            leftBlocked = start > 0 && BlocksNumber(text, start - 1, -1);
            plusBefore = start > 0 && text[start - 1] == '+';

            var j = start;
            while (true)
            {
                while (j < text.Length && char.IsAsciiDigit(text[j]))
                {
                    digits.Add(text[j]);
                    positions.Add(j);
                    j++;
                }

                if (j < text.Length && text[j] is 'X' or 'x' && !(j + 1 < text.Length && char.IsAsciiLetterOrDigit(text[j + 1])))
                {
                    // X can only be an ID check character, the last of the number.
                    digits.Add('X');
                    positions.Add(j);
                    j++;
                    break;
                }

                var k = j;
                var visible = false;
                while (k < text.Length && k - j < MaxSeparatorRun && SeparatorKind(text[k]) is var kind and not 0)
                {
                    visible |= kind == 2;
                    k++;
                }

                if (k == j || k >= text.Length || !char.IsAsciiDigit(text[k]))
                {
                    break;
                }

                if (visible)
                {
                    boundaries.Add(digits.Count);
                }

                j = k;
            }

            boundaries.Add(digits.Count);
            rightBlocked = j < text.Length && BlocksNumber(text, j, +1);
            return j;
        }

        public void Evaluate(string text, List<Candidate> output)
        {
            if (digits.Count < 11)
            {
                return;
            }

            var options = new List<Option>();
            var segments = boundaries.Count - 1;
            for (var a = 0; a < segments; a++)
            {
                for (var b = a + 1; b <= segments; b++)
                {
                    var from = boundaries[a];
                    var to = boundaries[b];
                    if (to - from > 19)
                    {
                        break;
                    }

                    if (to - from < 11 || (a == 0 && leftBlocked) || (b == segments && rightBlocked))
                    {
                        continue;
                    }

                    Classify(from, to, a == 0 && plusBefore, options);
                }
            }

            // Best first: a valid ID beats a mobile inside it, a mobile beats a bank card, and so on;
            // then the longer reading (+86 included), then the earlier one.
            options.Sort((x, y) => x.Priority != y.Priority ? y.Priority.CompareTo(x.Priority)
                : (x.To - x.From) != (y.To - y.From) ? (y.To - y.From).CompareTo(x.To - x.From)
                : x.From.CompareTo(y.From));
            var taken = new List<(int From, int To)>();
            foreach (var o in options)
            {
                if (taken.Exists(t => t.From < o.To && o.From < t.To))
                {
                    continue;
                }

                taken.Add((o.From, o.To));
                var value = Value(o.DigitsFrom, o.To);
                var start = o.PlusSign ? positions[o.From] - 1 : positions[o.From];
                output.Add(new Candidate(o.Kind, o.Confidence, start, positions[o.To - 1] + 1, value)
                {
                    PrefixEnd = o.DigitsFrom > o.From || o.PlusSign ? positions[o.DigitsFrom] : start,
                });
            }
        }

        private void Classify(int from, int to, bool plusBefore, List<Option> options)
        {
            var length = to - from;
            var hasX = digits[to - 1] == 'X';

            if (length == 18)
            {
                var value = Value(from, to);
                if (LooksLikeIdNumber(value))
                {
                    if (ResidentIdNumber.HasValidCheckCharacter(value))
                    {
                        options.Add(new Option(PersonalInformationKind.ResidentId, FindingConfidence.High, 6, from, to, from, false));
                    }
                    else if (!CreditCode.Validate(value).IsValid)
                    {
                        options.Add(new Option(PersonalInformationKind.ResidentId, FindingConfidence.Medium, 3, from, to, from, false));
                    }
                }
            }

            if (hasX)
            {
                return;
            }

            if (length == 11 && IsMobile(from) && HasGrouping(from, to, MobileGroupings))
            {
                options.Add(new Option(PersonalInformationKind.Mobile, FindingConfidence.High, 5, from, to, from, false));
            }
            else if (length == 13 && digits[from] == '8' && digits[from + 1] == '6' && IsMobile(from + 2)
                && HasGrouping(from + 2, to, MobileGroupings))
            {
                options.Add(new Option(PersonalInformationKind.Mobile, FindingConfidence.High, 5, from, to, from + 2, plusBefore));
            }

            if (length is >= 16 and <= 19 && HasBankCardGrouping(from, to))
            {
                var value = Value(from, to);
                if (Luhn.IsValid(value) && !(length == 18 && CreditCode.Validate(value).IsValid))
                {
                    // UnionPay (62), Visa (4) and Mastercard (5) prefixes cover the cards people here hold;
                    // other Luhn-valid strings may be order or case numbers.
                    var known = value[0] is '4' or '5' || value.StartsWith("62", StringComparison.Ordinal);
                    options.Add(known
                        ? new Option(PersonalInformationKind.BankCard, FindingConfidence.High, 4, from, to, from, false)
                        : new Option(PersonalInformationKind.BankCard, FindingConfidence.Medium, 2, from, to, from, false));
                }
            }

            if (length == 15 && HasGrouping(from, to, LegacyIdGroupings))
            {
                var value = Value(from, to);
                if (value[0] != '0' && ResidentIdNumber.HasPlausibleAddressCode(value) && ResidentIdNumber.TryReadBirthDate(value) is not null)
                {
                    options.Add(new Option(PersonalInformationKind.ResidentIdLegacy, FindingConfidence.Medium, 1, from, to, from, false));
                }
            }
        }

        private static bool LooksLikeIdNumber(string value)
        {
            for (var k = 0; k < 17; k++)
            {
                if (!char.IsAsciiDigit(value[k]))
                {
                    return false;
                }
            }

            return value[0] != '0' && ResidentIdNumber.HasPlausibleAddressCode(value) && ResidentIdNumber.TryReadBirthDate(value) is not null;
        }

        private bool IsMobile(int from) => digits[from] == '1' && digits[from + 1] is >= '3' and <= '9';

        private static readonly int[][] MobileGroupings = [[11], [3, 4, 4], [3, 8], [7, 4]];
        private static readonly int[][] LegacyIdGroupings = [[15], [6, 6, 3], [6, 9]];

        /// <summary>True when the visible separators inside [from, to) split it as one of <paramref name="allowed"/>.</summary>
        private bool HasGrouping(int from, int to, int[][] allowed)
        {
            Span<int> lengths = stackalloc int[20];
            var count = Groups(from, to, lengths);
            foreach (var pattern in allowed)
            {
                if (lengths[..count].SequenceEqual(pattern))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasBankCardGrouping(int from, int to)
        {
            Span<int> lengths = stackalloc int[20];
            var count = Groups(from, to, lengths);
            for (var g = 0; g < count - 1; g++)
            {
                if (lengths[g] != 4)
                {
                    return false;
                }
            }

            return true;
        }

        private int Groups(int from, int to, Span<int> lengths)
        {
            var count = 0;
            var groupStart = from;
            foreach (var boundary in boundaries)
            {
                if (boundary > from && boundary < to)
                {
                    lengths[count++] = boundary - groupStart;
                    groupStart = boundary;
                }
            }

            lengths[count++] = to - groupStart;
            return count;
        }

        private string Value(int from, int to)
        {
            var chars = new char[to - from];
            for (var k = from; k < to; k++)
            {
                chars[k - from] = digits[k];
            }

            return new string(chars);
        }

        /// <summary>0 = not a separator; 1 = invisible (zero-width, soft hyphen); 2 = visible.</summary>
        private static int SeparatorKind(char c) => c switch
        {
            ' ' or '\u00A0' or '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' => 2,
            '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' => 1,
            _ => 0,
        };

        /// <summary>A Latin letter next to a number makes it part of a code (MA5U…, 11500116MB…); a
        /// decimal point followed by digits makes it an amount. Commas do not block: NFKC turns the
        /// Chinese list comma into ',' and thousands groups are never long enough to matter.</summary>
        private static bool BlocksNumber(string text, int index, int direction)
        {
            var c = text[index];
            if (char.IsAsciiLetter(c))
            {
                return true;
            }

            var beyond = index + direction;
            return c == '.' && beyond >= 0 && beyond < text.Length && char.IsAsciiDigit(text[beyond]);
        }
    }
}
