namespace Gongkai.Web.Shared.Mail;

/// <summary>Registers the shared mail sender (settings <c>Gongkai:Smtp</c>). Idempotent, so each
/// feature that sends mail calls it from its own Add…Feature.</summary>
public static class MailFeature
{
    public static IServiceCollection AddMailFeature(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IMailSender)))
        {
            return services;
        }

        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddSingleton<IMailSender, SmtpMailSender>();
        services.AddScoped<StaffReminderMailer>();
        return services;
    }
}
