namespace Gongkai.Web.Features.Calendar;

public static class CalendarFeature
{
    public static IServiceCollection AddCalendarFeature(this IServiceCollection services) => services;

    public static void MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
    }
}
