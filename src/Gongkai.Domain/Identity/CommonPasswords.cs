namespace Gongkai.Domain.Identity;

/// <summary>Passwords that attackers try first. A candidate is common when it is on the list, or
/// is a listed word with only digits and symbols added around it ("Password@2026!").</summary>
public static class CommonPasswords
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passw0rd", "p@ssw0rd", "p@ssword", "admin", "administrator", "root", "welcome", "qwerty",
        "qwertyuiop", "asdfghjkl", "zxcvbnm", "qazwsx", "qweasd", "1qaz2wsx", "1q2w3e4r", "abc", "abcd", "abcdef",
        "letmein", "iloveyou", "woaini", "woaini1314", "monkey", "dragon", "master", "sunshine", "princess",
        "football", "baseball", "shadow", "superman", "michael", "trustno1", "changeme", "default", "guest",
        "test", "tester", "secret", "system", "manager", "gongkai", "jiangjin", "chongqing", "zhengwu",
        "zhengfu", "xxgk", "gov", "china", "beijing", "shanghai", "aa", "aaa", "aaaa", "a", "qwer", "asdf",
        "zxcv", "hello", "love", "user", "login", "pass", "p", "pw", "pwd", "mima", "zaq1", "xsw2",
        "1234567890", "0987654321", "123456789012", "123456", "12345678", "1234567890ab", "a123456", "aa123456",
        "abc123", "abc123456", "admin123", "admin@123", "root123", "qwe123", "qwe123456", "1qaz@wsx", "q1w2e3r4",
        "111111111111", "000000000000", "888888888888", "666666666666", "147258369", "159357", "520520", "5201314",
    };

    public static bool IsCommon(string password)
    {
        if (Words.Contains(password))
        {
            return true;
        }

        var core = password.Trim(" 0123456789!@#$%^&*()_+-=.,;:?/\\|~`'\"[]{}<>".ToCharArray());
        return core.Length == 0 || Words.Contains(core) || Words.Contains(Leet(core));
    }

    private static string Leet(string s) => s.Replace('0', 'o').Replace('@', 'a').Replace('1', 'l').Replace('3', 'e').Replace('$', 's');
}
