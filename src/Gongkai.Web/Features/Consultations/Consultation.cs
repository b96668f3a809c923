namespace Gongkai.Web.Features.Consultations;

/// <summary>A 征求意见: an organ puts a draft to the public between <see cref="OpensOn"/> and
/// <see cref="ClosesOn"/>, with the reason and the main questions, and answers every comment in its
/// 意见采纳情况 report after closing. The draft is frozen in <see cref="ConsultationVersion"/>s:
/// a revision is a new version, earlier ones stay visible, and each comment keeps the version it was
/// made on.</summary>
public sealed class Consultation
{
    public int Id { get; set; }

    public int OrganizationId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>起草说明: why the draft is made.</summary>
    public string? Reason { get; set; }

    /// <summary>主要问题: what the organ most wants the public's view on.</summary>
    public string? MainQuestions { get; set; }

    /// <summary>反馈方式 besides the online form (post, e-mail, fax, in person).</summary>
    public string? WaysToRespond { get; set; }

    public DateOnly OpensOn { get; set; }

    /// <summary>Last day on which comments are taken (inclusive).</summary>
    public DateOnly ClosesOn { get; set; }

    /// <summary>A 重大行政决策 draft: at least 30 days unless <see cref="ShortWindowReason"/>.</summary>
    public bool IsMajorDecision { get; set; }

    public int? MajorDecisionId { get; set; }

    /// <summary>Why a major decision's window is shorter than 30 days; shown to the public.</summary>
    public string? ShortWindowReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";

    /// <summary>When the 意见采纳情况 report was published (null: not yet).</summary>
    public DateTimeOffset? ReportPublishedAt { get; set; }

    /// <summary>The report's summary of the main opinions and of what changed.</summary>
    public string? ReportSummary { get; set; }

    /// <summary>The final decision document the draft became (a publication of the organ). When it is
    /// a 行政规范性文件, this is also "the consultation it came from" seen from the document.</summary>
    public int? ResultPublicationId { get; set; }

    public List<ConsultationVersion> Versions { get; set; } = [];

    public bool IsOpenOn(DateOnly day) => day >= OpensOn && day <= ClosesOn;
}

/// <summary>One frozen text of the draft. Never edited once saved: a revised draft is the next
/// <see cref="Number"/>.</summary>
public sealed class ConsultationVersion
{
    public int Id { get; set; }

    public int ConsultationId { get; set; }

    public int Number { get; set; }

    /// <summary>The sanitised draft, each block carrying its anchor id (<see cref="ConsultationHtml"/>).</summary>
    public string DraftHtml { get; set; } = "";

    /// <summary>What changed from the previous version (修改说明).</summary>
    public string? Note { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
}
