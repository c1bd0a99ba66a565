using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CareersMore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "County",
                table: "CareerSettings",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LivingWageHousehold",
                table: "CareerSettings",
                type: "TEXT",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "ShareLadderWithNetwork",
                table: "CareerSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

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

            migrationBuilder.CreateIndex(
                name: "IX_PayBenchmark_OwnerCoalitionId_Kind_Year",
                table: "PayBenchmark",
                columns: new[] { "OwnerCoalitionId", "Kind", "Year" });

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
                name: "IX_SelfIdentification_CoalitionId",
                table: "SelfIdentification",
                column: "CoalitionId");

            migrationBuilder.CreateIndex(
                name: "IX_SelfIdentification_StaffMemberId",
                table: "SelfIdentification",
                column: "StaffMemberId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PayBenchmark");

            migrationBuilder.DropTable(
                name: "PromotionReview");

            migrationBuilder.DropTable(
                name: "SelfIdentification");

            migrationBuilder.DropColumn(
                name: "County",
                table: "CareerSettings");

            migrationBuilder.DropColumn(
                name: "LivingWageHousehold",
                table: "CareerSettings");

            migrationBuilder.DropColumn(
                name: "ShareLadderWithNetwork",
                table: "CareerSettings");
        }
    }
}
