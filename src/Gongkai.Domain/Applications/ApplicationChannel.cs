namespace Gongkai.Domain.Applications;

/// <summary>How the application arrived; decides the receipt date under Art. 31.</summary>
public enum ApplicationChannel
{
    Online,
    InPerson,
    RegisteredMail,
    OrdinaryMail,
    Fax,
    Email,
}
