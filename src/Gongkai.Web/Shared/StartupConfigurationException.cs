namespace Gongkai.Web.Shared;

/// <summary>A setting that makes start-up impossible (a configured password the policy refuses, a
/// missing connection string). Program prints its message for the operator and exits, without a
/// stack trace that would bury it.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
