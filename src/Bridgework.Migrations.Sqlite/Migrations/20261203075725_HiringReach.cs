using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Bridgework.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class HiringReach : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReferrerStaffId",
                table: "JobApplication",
                type: "TEXT",
                nullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_JobApplication_ReferrerStaffId_SubmittedAt",
                table: "JobApplication",
                columns: new[] { "ReferrerStaffId", "SubmittedAt" });

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

            migrationBuilder.AddForeignKey(
                name: "FK_JobApplication_StaffMember_ReferrerStaffId",
                table: "JobApplication",
                column: "ReferrerStaffId",
                principalTable: "StaffMember",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_JobApplication_StaffMember_ReferrerStaffId",
                table: "JobApplication");

            migrationBuilder.DropTable(
                name: "ReferralCode");

            migrationBuilder.DropIndex(
                name: "IX_JobApplication_ReferrerStaffId_SubmittedAt",
                table: "JobApplication");

            migrationBuilder.DropColumn(
                name: "ReferrerStaffId",
                table: "JobApplication");
        }
    }
}
