namespace Gongkai.Web.Features.TaskDivision;

/// <summary>工作要点任务分工: import a task-division notice, track every measure to done, supervise.</summary>
public static class TaskDivisionFeature
{
    public static IServiceCollection AddTaskDivisionFeature(this IServiceCollection services)
    {
        services.AddScoped<TaskDivisionImporter>();
        services.AddSingleton<Data.IStartupSeeder, Demo.DemoTaskSeeder>();
        services.AddSingleton<Shared.Demo.IDemoDataOwner, Demo.DemoTaskOwner>();
        services.AddScoped<TaskDivisionAccess>();
        services.AddScoped<TaskTrackingService>();
        services.AddScoped<AnnualReports.IAnnualReportSource, TaskDivisionReportSource>();
        services.AddScoped<TaskSupervisionService>();
        services.AddScoped<TaskAssessmentService>();
        services.AddScoped<TaskDueDateService>();
        services.AddScoped<Compliance.IComplianceIndicator, OverdueMeasuresIndicator>();
        services.AddScoped<Compliance.IComplianceIndicator, OpenSupervisionsIndicator>();
        return services;
    }

    public static void MapTaskDivisionEndpoints(this IEndpointRouteBuilder app) => app.MapTaskDivisionApi();
}
