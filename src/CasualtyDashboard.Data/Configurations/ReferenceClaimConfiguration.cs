using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CasualtyDashboard.Data.Configurations;

internal sealed class ReferenceClaimConfiguration : IEntityTypeConfiguration<ReferenceClaim>
{
    public void Configure(EntityTypeBuilder<ReferenceClaim> builder)
    {
        builder.ToTable("ReferenceClaims");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Dataset).HasMaxLength(20);
        builder.Property(c => c.Region).HasMaxLength(60);
        builder.Property(c => c.Area).HasMaxLength(60);
        builder.Property(c => c.Category).HasMaxLength(20);
        builder.Property(c => c.Subgroup).HasMaxLength(20);
        builder.Property(c => c.Basis).HasMaxLength(20);
        builder.Property(c => c.Qualifier).HasMaxLength(20);
        builder.Property(c => c.Authority).HasMaxLength(100);
        builder.Property(c => c.Outlet).HasMaxLength(200);
        builder.Property(c => c.Url).HasMaxLength(2000);
        builder.HasIndex(c => c.Dataset);
    }
}
