namespace Gongkai.Web.Shared;

/// <summary>The "Gongkai" configuration section. Every setting has a safe default so that
/// <c>dotnet run</c> works on a fresh machine with nothing configured.</summary>
public sealed class GongkaiOptions
{
    public const string Section = "Gongkai";

    /// <summary>Where the SQLite file, keys and uploaded files live. Relative paths are resolved
    /// against the current directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public DatabaseOptions Database { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();

    public SiteOptions Site { get; set; } = new();

    /// <summary>Initial password of <c>admin</c>; generated and printed once when unset.</summary>
    public string? AdminPassword { get; set; }

    public string? SecAdminPassword { get; set; }

    public string? AuditAdminPassword { get; set; }

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}

public sealed class DatabaseOptions
{
    /// <summary><c>Sqlite</c> (embedded default) or <c>Postgres</c> (production).</summary>
    public string Provider { get; set; } = "Sqlite";

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Provider, "PostgreSQL", StringComparison.OrdinalIgnoreCase);
}

public enum SecurityProfile
{
    /// <summary>等保 level 3: MFA, three separated administrators, password age, lockout.</summary>
    Level3,

    /// <summary>Trying the platform on one machine: one admin with every role, no second factor.</summary>
    Trial,
}

public sealed class SecurityOptions
{
    public SecurityProfile Profile { get; set; } = SecurityProfile.Level3;

    public int PasswordMinLength { get; set; } = 12;

    public int PasswordMaxAgeDays { get; set; } = 90;

    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    public int IdleTimeoutMinutes { get; set; } = 15;

    public int AbsoluteTimeoutHours { get; set; } = 8;

    public int ApiTokenLifetimeHours { get; set; } = 8;

    /// <summary>Password sign-in attempts one client address may make a minute.</summary>
    public int SignInsPerMinutePerIp { get; set; } = 10;

    /// <summary>Authenticator or recovery codes one client address may send a minute.</summary>
    public int SecondFactorsPerMinutePerIp { get; set; } = 10;

    /// <summary>API token requests one client address may make a minute.</summary>
    public int TokenRequestsPerMinutePerIp { get; set; } = 10;

    /// <summary>Failed sign-ins one client address may make against one account within the lockout
    /// period before it is refused without counting towards the account's lockout: below
    /// <see cref="MaxFailedSignIns"/>, so one address alone cannot lock an administrator out.</summary>
    public int FailedSignInsPerAccountPerIp { get; set; } = 3;

    /// <summary>Anonymous writes (application form, API submissions, later mailbox and comments)
    /// one client address may make a minute (SECURITY.md S14 proposes 5).</summary>
    public int PublicWritesPerMinutePerClient { get; set; } = 5;

    /// <summary>Status look-ups (tracking code and query password) one client address may make a minute.</summary>
    public int StatusLookupsPerMinutePerClient { get; set; } = 10;

    /// <summary>A new password may not equal any of this many most recent ones (stored as hashes).</summary>
    public int PasswordHistoryCount { get; set; } = 5;

    /// <summary>Audit rows younger than this are never purged; the law's floor is 180 days.</summary>
    public int AuditRetentionDays { get; set; } = 3 * 365;

    public bool IsLevel3 => Profile == SecurityProfile.Level3;
}

public sealed class SiteOptions
{
    public string Name { get; set; } = "重庆市江津区人民政府";

    public string Sponsor { get; set; } = "重庆市江津区人民政府办公室";

    public string Contact { get; set; } = "023-47521234";

    public string Address { get; set; } = "重庆市江津区鼎山街道";

    public string SiteCode { get; set; } = "5001160001";

    public string IcpNumber { get; set; } = "渝ICP备00000000号";

    public string PoliceNumber { get; set; } = "渝公网安备 50011602000000号";

    /// <summary>The public address, e.g. https://www.jiangjin.gov.cn, for absolute links in feeds
    /// and the sitemap; when empty, taken from the request.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The browser tab icon: a path on this site or a full address.</summary>
    public string FaviconUrl { get; set; } = "/favicon.svg";

    /// <summary>The 党政机关网站标识 image issued on registration (a placeholder until it is configured).</summary>
    public string? GovernmentMarkImageUrl { get; set; }

    /// <summary>Where the 党政机关网站标识 links to (the registration's verification page).</summary>
    public string? GovernmentMarkLink { get; set; }

    /// <summary>URLs per sitemap file; above it /sitemap.xml becomes an index (the protocol's limit is 50,000).</summary>
    public int SitemapPageSize { get; set; } = 50_000;
}
