using Gongkai.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddGongkai(args);

var app = builder.Build();
await app.UseGongkaiAsync();
await app.RunAsync();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
