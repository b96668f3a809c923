using Gongkai.Domain.Identity;

namespace Gongkai.Domain.Tests.Identity;

public sealed class DutySeparationTests
{
    [Fact]
    public void No_account_holds_two_of_the_three_administrator_duties()
    {
        Assert.NotNull(DutySeparation.CheckAdminGrant(["SystemAdmin"], hasBusinessRoles: false, "AuditAdmin"));
        Assert.NotNull(DutySeparation.CheckAdminGrant(["SecurityAdmin"], hasBusinessRoles: false, "SystemAdmin"));
    }

    [Fact]
    public void An_administrator_holds_no_business_role()
    {
        Assert.NotNull(DutySeparation.CheckAdminGrant([], hasBusinessRoles: true, "AuditAdmin"));
        Assert.NotNull(DutySeparation.CheckBusinessGrant(["SystemAdmin"]));
    }

    [Fact]
    public void A_plain_account_may_take_one_duty_or_business_roles()
    {
        Assert.Null(DutySeparation.CheckAdminGrant([], hasBusinessRoles: false, "AuditAdmin"));
        Assert.Null(DutySeparation.CheckBusinessGrant([]));
    }
}
