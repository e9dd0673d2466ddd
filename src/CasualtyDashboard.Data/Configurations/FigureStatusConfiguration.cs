using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class FigureStatusConfiguration : IEntityTypeConfiguration<FigureStatus>
{
    public void Configure(EntityTypeBuilder<FigureStatus> builder)
    {
        builder.ToTable("FigureStatuses");
        builder.HasKey(s => s.FigureId);
        builder.Property(s => s.FigureId).ValueGeneratedNever();
        builder.Property(s => s.Decision).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.Decision);
        builder.HasIndex(s => s.LatestCorrectionId);
        builder.HasOne(s => s.Figure).WithOne().HasForeignKey<FigureStatus>(s => s.FigureId).OnDelete(DeleteBehavior.Cascade);
    }
}
