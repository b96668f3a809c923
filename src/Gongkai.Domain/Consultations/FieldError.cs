namespace Gongkai.Domain.Consultations;

/// <summary>A refusal of one field: <see cref="Field"/> is the API's field key (problem details'
/// <c>errors</c>, and how a staff form finds the input to mark); <see cref="Message"/> is the Chinese
/// sentence for the person, naming the field in Chinese as the form labels it.</summary>
public sealed record FieldError(string Field, string Message)
{
    public override string ToString() => Message;
}
