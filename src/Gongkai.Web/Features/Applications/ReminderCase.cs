namespace Gongkai.Web.Features.Applications;

/// <summary>An open case due soon or overdue, as listed in a reminder.</summary>
public sealed record ReminderCase(int Id, int OrganizationId, string Organization, string TrackingCode, string Title, DateOnly DueOn);
