namespace Gongkai.Domain.OrganizationFunctions;

/// <summary>领导信息: a leader, the post and the 分工 (the work the leader is in charge of).
/// Art. 20(二) makes the 负责人姓名 public, so the name is shown unmasked.</summary>
public sealed record LeaderDuty(string Name, string Position, string Responsibilities);
