using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PreferredCulture = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IsNetworkAdmin = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    CurrentCoalitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Changes = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerLadder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Family = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BasedOnId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BilingualKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    BilingualValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    FieldKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FieldValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    LeadKind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LeadValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerLadder", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareerSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HoursPerYear = table.Column<int>(type: "INTEGER", nullable: false),
                    County = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LivingWageHousehold = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    ShareLadderWithNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareerSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseStudy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Scenario = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    GoodAnswers = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Coalitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ShareNameInNetwork = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Coalitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Competency",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetLevel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false, defaultValue: "Proficient"),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Competency", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CompetencyAssessment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AssessorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompetencyAssessment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContinuingEducationRequirement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AppliesTo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CycleYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    LawAndEthicsHours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContinuingEducationRequirement", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EndingReason",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndingReason", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FormSubmission",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResultUrl = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FormSubmission", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "HiringSettings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResponseDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Holidays = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RetentionYears = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HiringSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportedRoster",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    FileHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RowCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedRoster", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingPlan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobFamily = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingPlan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organization",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    County = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organization", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PayBenchmark",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerCoalitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    County = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    OccupationCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HouseholdType = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    P10 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    P25 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Median = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    P75 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    P90 = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Hourly = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PayBenchmark", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PipelinePhase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Activity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PipelinePhase", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoleTemplate",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Duties = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ValuedExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FieldPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleTemplate", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ScoringAttribute",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Anchor1 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Anchor2 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Anchor3 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Anchor4 = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringAttribute", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoleId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LadderLevel",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LadderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Responsibilities = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MonthsOfExperience = table.Column<int>(type: "INTEGER", nullable: false),
                    ExperienceEquivalencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Credentials = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Courses = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Competencies = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PerformanceCriterion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    MinHourly = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MidHourly = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    MaxHourly = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Steps = table.Column<int>(type: "INTEGER", nullable: false),
                    StepPercent = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LadderLevel", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LadderLevel_CareerLadder_LadderId",
                        column: x => x.LadderId,
                        principalTable: "CareerLadder",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InvitedById = table.Column<Guid>(type: "TEXT", nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AcceptedUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invitations_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_Coalitions_CoalitionId",
                        column: x => x.CoalitionId,
                        principalTable: "Coalitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Course",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GrantsCredential = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CredentialValidYears = table.Column<int>(type: "INTEGER", nullable: true),
                    RequirementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsLawAndEthics = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Course", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Course_ContinuingEducationRequirement_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "ContinuingEducationRequirement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Site",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddressLine = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    County = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PostalCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Site", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Site_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CourseCompetency",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompetencyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CourseCompetency", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CourseCompetency_Competency_CompetencyId",
                        column: x => x.CompetencyId,
                        principalTable: "Competency",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CourseCompetency_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OnboardingPlanCourse",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueAfterDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OnboardingPlanCourse", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OnboardingPlanCourse_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OnboardingPlanCourse_OnboardingPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "OnboardingPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: false),
                    AttendanceTakenAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingSession_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Posting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PublicCode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    TemplateId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Duties = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ValuedExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    SpanishTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SpanishDuties = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SpanishValuedExperience = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    LanguagesNeeded = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PayMin = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    PayMax = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    FieldPercent = table.Column<int>(type: "INTEGER", nullable: false),
                    Openings = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ClosesOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posting_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Posting_RoleTemplate_TemplateId",
                        column: x => x.TemplateId,
                        principalTable: "RoleTemplate",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Posting_Site_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Site",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "StaffMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LegalFirstName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalLastName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Pronouns = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    JobFamily = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    JobTitle = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Fte = table.Column<decimal>(type: "TEXT", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SeparationDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SeparationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffMember_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StaffMember_Site_SiteId",
                        column: x => x.SiteId,
                        principalTable: "Site",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StaffMember_StaffMember_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "StaffMember",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CompletionRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    RequirementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsLawAndEthics = table.Column<bool>(type: "INTEGER", nullable: false),
                    EvidenceNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Approval = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Provider = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    EvidenceStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EvidenceFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReviewedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompletionRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompletionRecord_ContinuingEducationRequirement_RequirementId",
                        column: x => x.RequirementId,
                        principalTable: "ContinuingEducationRequirement",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CompletionRecord_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CompletionRecord_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompletionRecord_TrainingSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Credential",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Specializations = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DocumentStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocumentFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Credential", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Credential_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FeedbackReceipt",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeedbackReceipt", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeedbackReceipt_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FeedbackReceipt_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "JobApplication",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PostingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HeardFrom = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    HeardFromDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Availability = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CommunityConnection = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LivedExperience = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    StatusTokenHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResumeFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResumeStoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferrerStaffId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobApplication", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JobApplication_PipelinePhase_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "PipelinePhase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobApplication_Posting_PostingId",
                        column: x => x.PostingId,
                        principalTable: "Posting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JobApplication_StaffMember_ReferrerStaffId",
                        column: x => x.ReferrerStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "LivedExperience",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LivedExperience", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LivedExperience_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Placement",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Step = table.Column<int>(type: "INTEGER", nullable: true),
                    HourlyRate = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Placement", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Placement_LadderLevel_LevelId",
                        column: x => x.LevelId,
                        principalTable: "LadderLevel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Placement_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromotionReview",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromLevelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ProposedLevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProposedStep = table.Column<int>(type: "INTEGER", nullable: true),
                    EffectiveDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Justification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Checklist = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromotionReview", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromotionReview_LadderLevel_ProposedLevelId",
                        column: x => x.ProposedLevelId,
                        principalTable: "LadderLevel",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PromotionReview_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReferralCode",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReferralCode", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReferralCode_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SelfIdentification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RaceEthnicity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PrimaryLanguage = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LivedExperience = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SelfIdentification", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SelfIdentification_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SessionEvaluation",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Useful = table.Column<int>(type: "INTEGER", nullable: false),
                    Recommend = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionEvaluation", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SessionEvaluation_TrainingSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SessionSignUp",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SignedUpAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Attended = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SessionSignUp", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SessionSignUp_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SessionSignUp_TrainingSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "TrainingSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StaffLanguage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Proficiency = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffLanguage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StaffLanguage_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: false),
                    MakesTime = table.Column<int>(type: "INTEGER", nullable: false),
                    HardCases = table.Column<int>(type: "INTEGER", nullable: false),
                    LivedExperience = table.Column<int>(type: "INTEGER", nullable: false),
                    Wellbeing = table.Column<int>(type: "INTEGER", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionFeedback_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionMeeting",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SupervisorStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Strengths = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GrowthAreas = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionMeeting", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionMeeting_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionMeeting_StaffMember_SupervisorStaffId",
                        column: x => x.SupervisorStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Team",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SupervisorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Team", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Team_Organization_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organization",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Team_StaffMember_SupervisorId",
                        column: x => x.SupervisorId,
                        principalTable: "StaffMember",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "TrainingAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingAssignment_Course_CourseId",
                        column: x => x.CourseId,
                        principalTable: "Course",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrainingAssignment_OnboardingPlan_PlanId",
                        column: x => x.PlanId,
                        principalTable: "OnboardingPlan",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TrainingAssignment_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TrainingReminder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentTo = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainingReminder", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrainingReminder_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseStudyAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseStudyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudyAssignment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseStudyAssignment_CaseStudy_CaseStudyId",
                        column: x => x.CaseStudyId,
                        principalTable: "CaseStudy",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CaseStudyAssignment_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Offer",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedStartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HourlyPay = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: false),
                    OfferText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    MadeAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CheckResult = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CheckReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NatureAndGravity = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    TimePassed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    JobDuties = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Mitigation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AssessedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    NoticeText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResponseDays = table.Column<int>(type: "INTEGER", nullable: true),
                    ResponseDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CandidateResponse = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    ResponseReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DecisionReasons = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HiredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Offer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Offer_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Offer_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Panelist",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Panelist", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Panelist_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Panelist_PipelinePhase_PhaseId",
                        column: x => x.PhaseId,
                        principalTable: "PipelinePhase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Panelist_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PhaseMove",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromPhaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToPhaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ReasonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReasonNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MovedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    MovedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MovedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PhaseMove", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PhaseMove_EndingReason_ReasonId",
                        column: x => x.ReasonId,
                        principalTable: "EndingReason",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PhaseMove_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PhaseMove_PipelinePhase_FromPhaseId",
                        column: x => x.FromPhaseId,
                        principalTable: "PipelinePhase",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_PhaseMove_PipelinePhase_ToPhaseId",
                        column: x => x.ToPhaseId,
                        principalTable: "PipelinePhase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReflectiveNote",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReflectiveNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReflectiveNote_SupervisionMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "SupervisionMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionAction",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MeetingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAtMeetingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionAction", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionAction_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SupervisionAction_SupervisionMeeting_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "SupervisionMeeting",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShadowingSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HostStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ScheduledBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShadowingSession", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShadowingSession_JobApplication_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "JobApplication",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShadowingSession_StaffMember_HostStaffId",
                        column: x => x.HostStaffId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShadowingSession_Team_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Team",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TeamMember",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TeamMember", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TeamMember_StaffMember_StaffMemberId",
                        column: x => x.StaffMemberId,
                        principalTable: "StaffMember",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TeamMember_Team_TeamId",
                        column: x => x.TeamId,
                        principalTable: "Team",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OfferStep",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ById = table.Column<Guid>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OfferStep", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OfferStep_Offer_OfferId",
                        column: x => x.OfferId,
                        principalTable: "Offer",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Scorecard",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PanelistId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scorecard", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scorecard_Panelist_PanelistId",
                        column: x => x.PanelistId,
                        principalTable: "Panelist",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShadowingFeedback",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RelatingToClients = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Curiosity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Boundaries = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    WouldWorkWith = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Comments = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    GivenByStaffId = table.Column<Guid>(type: "TEXT", nullable: false),
                    GivenAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShadowingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ShadowingFeedback_ShadowingSession_SessionId",
                        column: x => x.SessionId,
                        principalTable: "ShadowingSession",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScorecardRating",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScorecardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttributeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScorecardRating", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScorecardRating_Scorecard_ScorecardId",
                        column: x => x.ScorecardId,
                        principalTable: "Scorecard",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ScorecardRating_ScoringAttribute_AttributeId",
                        column: x => x.AttributeId,
                        principalTable: "ScoringAttribute",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CoalitionId",
                table: "AuditEntries",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CoalitionId_At",
                table: "AuditEntries",
                columns: new[] { "CoalitionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_CoalitionId_EntityId",
                table: "AuditEntries",
                columns: new[] { "CoalitionId", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_CareerLadder_CoalitionId",
                table: "CareerLadder",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CareerLadder_CoalitionId_Family_Number",
                table: "CareerLadder",
                columns: new[] { "CoalitionId", "Family", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareerSettings_CoalitionId",
                table: "CareerSettings",
                column: "CoalitionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudy_CoalitionId",
                table: "CaseStudy",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudy_CoalitionId_IsArchived_Title",
                table: "CaseStudy",
                columns: new[] { "CoalitionId", "IsArchived", "Title" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAssignment_ApplicationId",
                table: "CaseStudyAssignment",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAssignment_CaseStudyId",
                table: "CaseStudyAssignment",
                column: "CaseStudyId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseStudyAssignment_CoalitionId",
                table: "CaseStudyAssignment",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Coalitions_Slug",
                table: "Coalitions",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Competency_CoalitionId",
                table: "Competency",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyAssessment_CoalitionId",
                table: "CompetencyAssessment",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompetencyAssessment_CoalitionId_StaffMemberId_CompetencyId_By_RecordedAt",
                table: "CompetencyAssessment",
                columns: new[] { "CoalitionId", "StaffMemberId", "CompetencyId", "By", "RecordedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_Approval_StaffMemberId",
                table: "CompletionRecord",
                columns: new[] { "Approval", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_CoalitionId",
                table: "CompletionRecord",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_CourseId",
                table: "CompletionRecord",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_RequirementId",
                table: "CompletionRecord",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_SessionId_StaffMemberId",
                table: "CompletionRecord",
                columns: new[] { "SessionId", "StaffMemberId" });

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_StaffMemberId_CompletedOn",
                table: "CompletionRecord",
                columns: new[] { "StaffMemberId", "CompletedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ContinuingEducationRequirement_CoalitionId",
                table: "ContinuingEducationRequirement",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Course_CoalitionId",
                table: "Course",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Course_RequirementId",
                table: "Course",
                column: "RequirementId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetency_CoalitionId",
                table: "CourseCompetency",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetency_CompetencyId",
                table: "CourseCompetency",
                column: "CompetencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CourseCompetency_CourseId_CompetencyId",
                table: "CourseCompetency",
                columns: new[] { "CourseId", "CompetencyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Credential_CoalitionId",
                table: "Credential",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Credential_StaffMemberId_Type",
                table: "Credential",
                columns: new[] { "StaffMemberId", "Type" });

            migrationBuilder.CreateIndex(
                name: "IX_EndingReason_CoalitionId",
                table: "EndingReason",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_EndingReason_CoalitionId_Kind_SortOrder",
                table: "EndingReason",
                columns: new[] { "CoalitionId", "Kind", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_CoalitionId",
                table: "FeedbackReceipt",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_StaffMemberId_SupervisorStaffId_Year_Quarter",
                table: "FeedbackReceipt",
                columns: new[] { "StaffMemberId", "SupervisorStaffId", "Year", "Quarter" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FeedbackReceipt_SupervisorStaffId",
                table: "FeedbackReceipt",
                column: "SupervisorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_FormSubmission_UserId_At",
                table: "FormSubmission",
                columns: new[] { "UserId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_HiringSettings_CoalitionId",
                table: "HiringSettings",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedRoster_CoalitionId",
                table: "ImportedRoster",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CoalitionId",
                table: "Invitations",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CoalitionId_AcceptedAt_RevokedAt",
                table: "Invitations",
                columns: new[] { "CoalitionId", "AcceptedAt", "RevokedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_CoalitionId_NormalizedEmail",
                table: "Invitations",
                columns: new[] { "CoalitionId", "NormalizedEmail" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TokenHash",
                table: "Invitations",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_CoalitionId",
                table: "JobApplication",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_CoalitionId_IdempotencyKey",
                table: "JobApplication",
                columns: new[] { "CoalitionId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_PhaseId",
                table: "JobApplication",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_PostingId_PhaseId",
                table: "JobApplication",
                columns: new[] { "PostingId", "PhaseId" });

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_PostingId_SubmittedAt",
                table: "JobApplication",
                columns: new[] { "PostingId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_ReferrerStaffId_SubmittedAt",
                table: "JobApplication",
                columns: new[] { "ReferrerStaffId", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_StatusTokenHash",
                table: "JobApplication",
                column: "StatusTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LadderLevel_CoalitionId",
                table: "LadderLevel",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_LadderLevel_LadderId_Rank",
                table: "LadderLevel",
                columns: new[] { "LadderId", "Rank" });

            migrationBuilder.CreateIndex(
                name: "IX_LivedExperience_CoalitionId",
                table: "LivedExperience",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_LivedExperience_StaffMemberId_Area",
                table: "LivedExperience",
                columns: new[] { "StaffMemberId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CoalitionId",
                table: "Memberships",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CoalitionId_Role",
                table: "Memberships",
                columns: new[] { "CoalitionId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_UserId_CoalitionId",
                table: "Memberships",
                columns: new[] { "UserId", "CoalitionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offer_ApplicationId",
                table: "Offer",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Offer_CoalitionId",
                table: "Offer",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Offer_CoalitionId_ResponseDueOn",
                table: "Offer",
                columns: new[] { "CoalitionId", "ResponseDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Offer_StaffMemberId",
                table: "Offer",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferStep_CoalitionId",
                table: "OfferStep",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_OfferStep_OfferId_At",
                table: "OfferStep",
                columns: new[] { "OfferId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPlan_CoalitionId",
                table: "OnboardingPlan",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPlan_CoalitionId_JobFamily",
                table: "OnboardingPlan",
                columns: new[] { "CoalitionId", "JobFamily" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPlanCourse_CoalitionId",
                table: "OnboardingPlanCourse",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPlanCourse_CourseId",
                table: "OnboardingPlanCourse",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_OnboardingPlanCourse_PlanId_CourseId",
                table: "OnboardingPlanCourse",
                columns: new[] { "PlanId", "CourseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Organization_CoalitionId",
                table: "Organization",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Organization_CoalitionId_Name",
                table: "Organization",
                columns: new[] { "CoalitionId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Panelist_ApplicationId_PhaseId_StaffMemberId",
                table: "Panelist",
                columns: new[] { "ApplicationId", "PhaseId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Panelist_CoalitionId",
                table: "Panelist",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Panelist_PhaseId",
                table: "Panelist",
                column: "PhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Panelist_StaffMemberId",
                table: "Panelist",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_PayBenchmark_OwnerCoalitionId_Kind_Year",
                table: "PayBenchmark",
                columns: new[] { "OwnerCoalitionId", "Kind", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMove_ApplicationId_MovedAt",
                table: "PhaseMove",
                columns: new[] { "ApplicationId", "MovedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMove_CoalitionId",
                table: "PhaseMove",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMove_FromPhaseId",
                table: "PhaseMove",
                column: "FromPhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMove_ReasonId",
                table: "PhaseMove",
                column: "ReasonId");

            migrationBuilder.CreateIndex(
                name: "IX_PhaseMove_ToPhaseId",
                table: "PhaseMove",
                column: "ToPhaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PipelinePhase_CoalitionId",
                table: "PipelinePhase",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PipelinePhase_CoalitionId_SortOrder",
                table: "PipelinePhase",
                columns: new[] { "CoalitionId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_Placement_CoalitionId",
                table: "Placement",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Placement_LevelId",
                table: "Placement",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_Placement_StaffMemberId_EffectiveDate",
                table: "Placement",
                columns: new[] { "StaffMemberId", "EffectiveDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Posting_CoalitionId",
                table: "Posting",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Posting_CoalitionId_Status_ClosesOn",
                table: "Posting",
                columns: new[] { "CoalitionId", "Status", "ClosesOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Posting_OrganizationId",
                table: "Posting",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Posting_PublicCode",
                table: "Posting",
                column: "PublicCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Posting_SiteId",
                table: "Posting",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_Posting_TemplateId",
                table: "Posting",
                column: "TemplateId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionReview_CoalitionId",
                table: "PromotionReview",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionReview_CoalitionId_Status_SubmittedAt",
                table: "PromotionReview",
                columns: new[] { "CoalitionId", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_PromotionReview_ProposedLevelId",
                table: "PromotionReview",
                column: "ProposedLevelId");

            migrationBuilder.CreateIndex(
                name: "IX_PromotionReview_StaffMemberId",
                table: "PromotionReview",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralCode_CoalitionId",
                table: "ReferralCode",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReferralCode_CoalitionId_StaffMemberId",
                table: "ReferralCode",
                columns: new[] { "CoalitionId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralCode_Code",
                table: "ReferralCode",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReferralCode_StaffMemberId",
                table: "ReferralCode",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveNote_CoalitionId",
                table: "ReflectiveNote",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ReflectiveNote_MeetingId_Area",
                table: "ReflectiveNote",
                columns: new[] { "MeetingId", "Area" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoleTemplate_CoalitionId",
                table: "RoleTemplate",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleTemplate_CoalitionId_Role",
                table: "RoleTemplate",
                columns: new[] { "CoalitionId", "Role" });

            migrationBuilder.CreateIndex(
                name: "IX_Scorecard_CoalitionId",
                table: "Scorecard",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Scorecard_PanelistId",
                table: "Scorecard",
                column: "PanelistId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardRating_AttributeId",
                table: "ScorecardRating",
                column: "AttributeId");

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardRating_CoalitionId",
                table: "ScorecardRating",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScorecardRating_ScorecardId_AttributeId",
                table: "ScorecardRating",
                columns: new[] { "ScorecardId", "AttributeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoringAttribute_CoalitionId",
                table: "ScoringAttribute",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ScoringAttribute_CoalitionId_SortOrder",
                table: "ScoringAttribute",
                columns: new[] { "CoalitionId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_SelfIdentification_CoalitionId",
                table: "SelfIdentification",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfIdentification_StaffMemberId",
                table: "SelfIdentification",
                column: "StaffMemberId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CoalitionId",
                table: "SessionEvaluation",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CoalitionId_CourseId",
                table: "SessionEvaluation",
                columns: new[] { "CoalitionId", "CourseId" });

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_CourseId",
                table: "SessionEvaluation",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_SessionId_StaffMemberId",
                table: "SessionEvaluation",
                columns: new[] { "SessionId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionEvaluation_StaffMemberId",
                table: "SessionEvaluation",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSignUp_CoalitionId",
                table: "SessionSignUp",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SessionSignUp_SessionId_StaffMemberId",
                table: "SessionSignUp",
                columns: new[] { "SessionId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SessionSignUp_StaffMemberId",
                table: "SessionSignUp",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingFeedback_CoalitionId",
                table: "ShadowingFeedback",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingFeedback_SessionId",
                table: "ShadowingFeedback",
                column: "SessionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingSession_ApplicationId",
                table: "ShadowingSession",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingSession_CoalitionId",
                table: "ShadowingSession",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingSession_HostStaffId_Date",
                table: "ShadowingSession",
                columns: new[] { "HostStaffId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ShadowingSession_TeamId",
                table: "ShadowingSession",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_Site_CoalitionId",
                table: "Site",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Site_OrganizationId",
                table: "Site",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffLanguage_CoalitionId",
                table: "StaffLanguage",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffLanguage_CoalitionId_Language",
                table: "StaffLanguage",
                columns: new[] { "CoalitionId", "Language" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffLanguage_StaffMemberId_Language",
                table: "StaffLanguage",
                columns: new[] { "StaffMemberId", "Language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_CoalitionId",
                table: "StaffMember",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_CoalitionId_LegalLastName_LegalFirstName",
                table: "StaffMember",
                columns: new[] { "CoalitionId", "LegalLastName", "LegalFirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_CoalitionId_Status",
                table: "StaffMember",
                columns: new[] { "CoalitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_OrganizationId",
                table: "StaffMember",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_SiteId",
                table: "StaffMember",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_SupervisorId",
                table: "StaffMember",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_StaffMember_UserId",
                table: "StaffMember",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_CoalitionId",
                table: "SupervisionAction",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_MeetingId",
                table: "SupervisionAction",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionAction_StaffMemberId_ClosedOn",
                table: "SupervisionAction",
                columns: new[] { "StaffMemberId", "ClosedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_CoalitionId",
                table: "SupervisionFeedback",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_CoalitionId_SupervisorStaffId_Year_Quarter",
                table: "SupervisionFeedback",
                columns: new[] { "CoalitionId", "SupervisorStaffId", "Year", "Quarter" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionFeedback_SupervisorStaffId",
                table: "SupervisionFeedback",
                column: "SupervisorStaffId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_CoalitionId",
                table: "SupervisionMeeting",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_StaffMemberId_HeldOn",
                table: "SupervisionMeeting",
                columns: new[] { "StaffMemberId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionMeeting_SupervisorStaffId_HeldOn",
                table: "SupervisionMeeting",
                columns: new[] { "SupervisorStaffId", "HeldOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Team_CoalitionId",
                table: "Team",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Team_OrganizationId",
                table: "Team",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Team_SupervisorId",
                table: "Team",
                column: "SupervisorId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMember_CoalitionId",
                table: "TeamMember",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMember_StaffMemberId",
                table: "TeamMember",
                column: "StaffMemberId");

            migrationBuilder.CreateIndex(
                name: "IX_TeamMember_TeamId_StaffMemberId",
                table: "TeamMember",
                columns: new[] { "TeamId", "StaffMemberId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignment_CoalitionId",
                table: "TrainingAssignment",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignment_CourseId",
                table: "TrainingAssignment",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignment_PlanId",
                table: "TrainingAssignment",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignment_StaffMemberId_DueOn",
                table: "TrainingAssignment",
                columns: new[] { "StaffMemberId", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingAssignment_StaffMemberId_PlanId",
                table: "TrainingAssignment",
                columns: new[] { "StaffMemberId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingReminder_CoalitionId",
                table: "TrainingReminder",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingReminder_StaffMemberId_Subject_DaysBefore",
                table: "TrainingReminder",
                columns: new[] { "StaffMemberId", "Subject", "DaysBefore" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSession_CoalitionId",
                table: "TrainingSession",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSession_CoalitionId_Date",
                table: "TrainingSession",
                columns: new[] { "CoalitionId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_TrainingSession_CourseId",
                table: "TrainingSession",
                column: "CourseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CareerSettings");

            migrationBuilder.DropTable(
                name: "CaseStudyAssignment");

            migrationBuilder.DropTable(
                name: "CompetencyAssessment");

            migrationBuilder.DropTable(
                name: "CompletionRecord");

            migrationBuilder.DropTable(
                name: "CourseCompetency");

            migrationBuilder.DropTable(
                name: "Credential");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "FeedbackReceipt");

            migrationBuilder.DropTable(
                name: "FormSubmission");

            migrationBuilder.DropTable(
                name: "HiringSettings");

            migrationBuilder.DropTable(
                name: "ImportedRoster");

            migrationBuilder.DropTable(
                name: "Invitations");

            migrationBuilder.DropTable(
                name: "LivedExperience");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "OfferStep");

            migrationBuilder.DropTable(
                name: "OnboardingPlanCourse");

            migrationBuilder.DropTable(
                name: "PayBenchmark");

            migrationBuilder.DropTable(
                name: "PhaseMove");

            migrationBuilder.DropTable(
                name: "Placement");

            migrationBuilder.DropTable(
                name: "PromotionReview");

            migrationBuilder.DropTable(
                name: "ReferralCode");

            migrationBuilder.DropTable(
                name: "ReflectiveNote");

            migrationBuilder.DropTable(
                name: "ScorecardRating");

            migrationBuilder.DropTable(
                name: "SelfIdentification");

            migrationBuilder.DropTable(
                name: "SessionEvaluation");

            migrationBuilder.DropTable(
                name: "SessionSignUp");

            migrationBuilder.DropTable(
                name: "ShadowingFeedback");

            migrationBuilder.DropTable(
                name: "StaffLanguage");

            migrationBuilder.DropTable(
                name: "SupervisionAction");

            migrationBuilder.DropTable(
                name: "SupervisionFeedback");

            migrationBuilder.DropTable(
                name: "TeamMember");

            migrationBuilder.DropTable(
                name: "TrainingAssignment");

            migrationBuilder.DropTable(
                name: "TrainingReminder");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CaseStudy");

            migrationBuilder.DropTable(
                name: "Competency");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Coalitions");

            migrationBuilder.DropTable(
                name: "Offer");

            migrationBuilder.DropTable(
                name: "EndingReason");

            migrationBuilder.DropTable(
                name: "LadderLevel");

            migrationBuilder.DropTable(
                name: "Scorecard");

            migrationBuilder.DropTable(
                name: "ScoringAttribute");

            migrationBuilder.DropTable(
                name: "TrainingSession");

            migrationBuilder.DropTable(
                name: "ShadowingSession");

            migrationBuilder.DropTable(
                name: "SupervisionMeeting");

            migrationBuilder.DropTable(
                name: "OnboardingPlan");

            migrationBuilder.DropTable(
                name: "CareerLadder");

            migrationBuilder.DropTable(
                name: "Panelist");

            migrationBuilder.DropTable(
                name: "Course");

            migrationBuilder.DropTable(
                name: "Team");

            migrationBuilder.DropTable(
                name: "JobApplication");

            migrationBuilder.DropTable(
                name: "ContinuingEducationRequirement");

            migrationBuilder.DropTable(
                name: "PipelinePhase");

            migrationBuilder.DropTable(
                name: "Posting");

            migrationBuilder.DropTable(
                name: "StaffMember");

            migrationBuilder.DropTable(
                name: "RoleTemplate");

            migrationBuilder.DropTable(
                name: "Site");

            migrationBuilder.DropTable(
                name: "Organization");
        }
    }
}
