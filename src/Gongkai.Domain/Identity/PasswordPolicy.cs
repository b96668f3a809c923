namespace Gongkai.Domain.Identity;

/// <summary>The password rule for level 3 (GB/T 22239 8.1.4.1 a): long enough, three of the four
/// character classes, not a common password, not containing the user name. 等保 requires the
/// composition rule that ASVS 2.1.9 discourages; 等保 is the law here, so we follow it.</summary>
public static class PasswordPolicy
{
    public static IReadOnlyList<string> Check(string password, string? userName, int minLength)
    {
        var problems = new List<string>();
        if (password.Length < minLength)
        {
            problems.Add($"密码至少需要 {minLength} 个字符。");
        }

        var classes = (password.Any(char.IsAsciiLetterUpper) ? 1 : 0) + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3)
        {
            problems.Add("密码需包含大写字母、小写字母、数字、符号中的至少三类。");
        }

        if (!string.IsNullOrWhiteSpace(userName) && userName.Length >= 3
            && password.Contains(userName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("密码不能包含用户名。");
        }

        if (CommonPasswords.IsCommon(password))
        {
            problems.Add("该密码过于常见，容易被猜中，请换一个。");
        }

        return problems;
    }
}
