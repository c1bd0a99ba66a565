using Bridgework.Web.Features.Account;
using Bridgework.Web.Features.Audit;
using Bridgework.Web.Features.Careers;
using Bridgework.Web.Features.Hiring;
using Bridgework.Web.Features.Network;
using Bridgework.Web.Features.People;
using Bridgework.Web.Features.Training;
using Bridgework.Web.Features.Users;
using Bridgework.Web.Platform;
using Bridgework.Web.Platform.Data;
using Bridgework.Web.Platform.Demo;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.Services.AddPeople();
builder.Services.AddAuditTrail();
builder.Services.AddAccount();
builder.Services.AddUsers();
builder.Services.AddNetwork();
builder.Services.AddCareers();
builder.Services.AddHiring(builder.Configuration);
builder.Services.AddTraining();

var app = builder.Build();

app.MapPlatform();
await app.MigrateAndSeedAsync();
DemoBanner.PrintWhenStarted(app);
await app.RunAsync();

/// <summary>Entry point, visible to the in-process tests.</summary>
public partial class Program;
