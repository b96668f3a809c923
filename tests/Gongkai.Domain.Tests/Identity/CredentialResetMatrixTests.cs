using Gongkai.Domain.Identity;

namespace Gongkai.Domain.Tests.Identity;

/// <summary>The whole 三权分立 reset matrix: actor duty × account duty × self.</summary>
public sealed class CredentialResetMatrixTests
{
    private const string Sys = CredentialResetMatrix.System;
    private const string Sec = CredentialResetMatrix.Security;
    private const string Aud = CredentialResetMatrix.Audit;

    [Theory]
    [InlineData(Sys, "", true)]
    [InlineData(Sec, "", false)]
    [InlineData(Aud, "", false)]
    [InlineData(Sys, Sec, true)]
    [InlineData(Sec, Sys, true)]
    [InlineData(Sec, Aud, true)]
    [InlineData(Sys, Aud, false)]
    [InlineData(Sys, Sys, false)]
    [InlineData(Sec, Sec, false)]
    [InlineData(Aud, Sys, false)]
    [InlineData(Aud, Sec, false)]
    [InlineData("", "", false)]
    public void Only_the_designated_duty_resets_an_account(string actor, string target, bool allowed)
    {
        string[] actorRoles = actor.Length == 0 ? [] : [actor];
        string[] targetRoles = target.Length == 0 ? [] : [target];
        Assert.Equal(allowed, CredentialResetMatrix.Check(actorRoles, targetRoles, isSelf: false) is null);
    }

    [Fact]
    public void Nobody_resets_their_own_credentials_here()
    {
        Assert.Contains("自己", CredentialResetMatrix.Check([Sys], [Sys], isSelf: true));
        Assert.Contains("自己", CredentialResetMatrix.Check([Sec], [Sec], isSelf: true));
    }
}
