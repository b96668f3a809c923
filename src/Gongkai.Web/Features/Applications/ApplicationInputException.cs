namespace Gongkai.Web.Features.Applications;

/// <summary>The application form or API body was not acceptable; the messages are Chinese, per field.</summary>
public sealed class ApplicationInputException(IReadOnlyDictionary<string, string> errors)
    : Exception(string.Join("；", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;
}
