using Gongkai.Domain.OrganizationFunctions;

namespace Gongkai.Web.Features.OrganizationFunctions.Admin;

/// <summary>The staff edit form as posted: duties one a line, the lists as table rows (with a few
/// spare blank rows, which are dropped on save), the contact fields.</summary>
public sealed class FunctionsForm
{
    public const int SpareRows = 3;

    public string? Duties { get; set; }

    public List<BodyRow> Bodies { get; set; } = [];

    public List<UnitRow> Units { get; set; } = [];

    public List<LeaderRow> Leaders { get; set; } = [];

    public string? Address { get; set; }

    public string? Hours { get; set; }

    public string? Phone { get; set; }

    public string? Fax { get; set; }

    public string? Postcode { get; set; }

    public string? Website { get; set; }

    public sealed class BodyRow
    {
        public string? Name { get; set; }

        public string? Duties { get; set; }

        public string? Phone { get; set; }
    }

    public sealed class UnitRow
    {
        public string? Name { get; set; }

        public SubordinateKind Kind { get; set; } = SubordinateKind.PublicInstitution;

        public string? Duties { get; set; }

        public int? OrganizationId { get; set; }
    }

    public sealed class LeaderRow
    {
        public string? Name { get; set; }

        public string? Position { get; set; }

        public string? Responsibilities { get; set; }
    }

    public static FunctionsForm From(FunctionsContent c) => new()
    {
        Duties = string.Join("\n", c.Duties),
        Bodies = c.InternalBodies.Select(b => new BodyRow { Name = b.Name, Duties = b.Duties, Phone = b.Phone }).ToList(),
        Units = c.Subordinates.Select(u => new UnitRow { Name = u.Name, Kind = u.Kind, Duties = u.Duties, OrganizationId = u.OrganizationId }).ToList(),
        Leaders = c.Leaders.Select(l => new LeaderRow { Name = l.Name, Position = l.Position, Responsibilities = l.Responsibilities }).ToList(),
        Address = c.Address,
        Hours = c.Hours,
        Phone = c.Phone,
        Fax = c.Fax,
        Postcode = c.Postcode,
        Website = c.Website,
    };

    public FunctionsContent ToContent() => new()
    {
        Duties = (Duties ?? "").Replace("\r\n", "\n").Split('\n'),
        InternalBodies = Bodies.Select(b => new InternalBody(b.Name ?? "", b.Duties ?? "", b.Phone)).ToList(),
        Subordinates = Units.Select(u => new SubordinateUnit(u.Name ?? "", u.Kind, u.Duties ?? "", u.OrganizationId)).ToList(),
        Leaders = Leaders.Select(l => new LeaderDuty(l.Name ?? "", l.Position ?? "", l.Responsibilities ?? "")).ToList(),
        Address = Address ?? "",
        Hours = Hours ?? "",
        Phone = Phone ?? "",
        Fax = Fax,
        Postcode = Postcode,
        Website = Website,
    };

    /// <summary>Adds blank rows so that a new entry can be typed without script.</summary>
    public FunctionsForm WithSpareRows()
    {
        for (var i = 0; i < SpareRows; i++)
        {
            Bodies.Add(new BodyRow());
            Units.Add(new UnitRow());
            Leaders.Add(new LeaderRow());
        }

        return this;
    }
}
