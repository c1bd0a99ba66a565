using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class HiringSelect : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Activity",
                table: "PipelinePhase",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<Guid>(
                name: "ReasonId",
                table: "PhaseMove",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReasonNote",
                table: "PhaseMove",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseStudy",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scenario = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    GoodAnswers = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Language = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseStudy", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EndingReason",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EndingReason", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Panelist",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffMemberId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                name: "ScoringAttribute",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Anchor1 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Anchor2 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Anchor3 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Anchor4 = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    IsArchived = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoringAttribute", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ShadowingSession",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: false),
                    HostStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    StartTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    EndTime = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    Place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ScheduledBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScheduledAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "CaseStudyAssignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseStudyId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedById = table.Column<Guid>(type: "uuid", nullable: true),
                    AssignedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "Scorecard",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    PanelistId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recommendation = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    RelatingToClients = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Curiosity = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Boundaries = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    WouldWorkWith = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Comments = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    GivenByStaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    GivenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CoalitionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ScorecardId = table.Column<Guid>(type: "uuid", nullable: false),
                    AttributeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Score = table.Column<int>(type: "integer", nullable: false)
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
                name: "IX_PhaseMove_ReasonId",
                table: "PhaseMove",
                column: "ReasonId");

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
                name: "IX_EndingReason_CoalitionId",
                table: "EndingReason",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_EndingReason_CoalitionId_Kind_SortOrder",
                table: "EndingReason",
                columns: new[] { "CoalitionId", "Kind", "SortOrder" });

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

            migrationBuilder.AddForeignKey(
                name: "FK_PhaseMove_EndingReason_ReasonId",
                table: "PhaseMove",
                column: "ReasonId",
                principalTable: "EndingReason",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_PhaseMove_EndingReason_ReasonId",
                table: "PhaseMove");

            migrationBuilder.DropTable(
                name: "CaseStudyAssignment");

            migrationBuilder.DropTable(
                name: "EndingReason");

            migrationBuilder.DropTable(
                name: "ScorecardRating");

            migrationBuilder.DropTable(
                name: "ShadowingFeedback");

            migrationBuilder.DropTable(
                name: "CaseStudy");

            migrationBuilder.DropTable(
                name: "Scorecard");

            migrationBuilder.DropTable(
                name: "ScoringAttribute");

            migrationBuilder.DropTable(
                name: "ShadowingSession");

            migrationBuilder.DropTable(
                name: "Panelist");

            migrationBuilder.DropIndex(
                name: "IX_PhaseMove_ReasonId",
                table: "PhaseMove");

            migrationBuilder.DropColumn(
                name: "Activity",
                table: "PipelinePhase");

            migrationBuilder.DropColumn(
                name: "ReasonId",
                table: "PhaseMove");

            migrationBuilder.DropColumn(
                name: "ReasonNote",
                table: "PhaseMove");
        }
    }
}
