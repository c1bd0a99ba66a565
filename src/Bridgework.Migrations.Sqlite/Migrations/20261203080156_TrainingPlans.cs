using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrainingPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DocumentFileName",
                table: "Credential",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DocumentStoredName",
                table: "Credential",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Issuer",
                table: "Credential",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Specializations",
                table: "Credential",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Approval",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Approved");

            migrationBuilder.AddColumn<string>(
                name: "EvidenceFileName",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EvidenceStoredName",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Provider",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RecordedAt",
                table: "CompletionRecord",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "ReviewedAt",
                table: "CompletionRecord",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewedBy",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "CompletionRecord",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Attendance");

            migrationBuilder.AddColumn<Guid>(
                name: "Version",
                table: "CompletionRecord",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

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

            migrationBuilder.CreateIndex(
                name: "IX_CompletionRecord_Approval_StaffMemberId",
                table: "CompletionRecord",
                columns: new[] { "Approval", "StaffMemberId" });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OnboardingPlanCourse");

            migrationBuilder.DropTable(
                name: "TrainingAssignment");

            migrationBuilder.DropTable(
                name: "TrainingReminder");

            migrationBuilder.DropTable(
                name: "OnboardingPlan");

            migrationBuilder.DropIndex(
                name: "IX_CompletionRecord_Approval_StaffMemberId",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "DocumentFileName",
                table: "Credential");

            migrationBuilder.DropColumn(
                name: "DocumentStoredName",
                table: "Credential");

            migrationBuilder.DropColumn(
                name: "Issuer",
                table: "Credential");

            migrationBuilder.DropColumn(
                name: "Specializations",
                table: "Credential");

            migrationBuilder.DropColumn(
                name: "Approval",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "EvidenceFileName",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "EvidenceStoredName",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "Provider",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "CompletionRecord");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CompletionRecord");
        }
    }
}
