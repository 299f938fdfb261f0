namespace FhirRecovery.Gateway.Pathways;

/// <summary>The care pathways' settings. Bound from <c>FhirRecovery:Pathways</c>; validated at start-up.</summary>
internal sealed class PathwayOptions
{
    public const string SectionName = "FhirRecovery:Pathways";

    /// <summary>A release handover still unacknowledged this long before the planned release is flagged (to the
    /// prison on the status resource, to operators, in the logs and the metrics). A day gives the drug service a
    /// working day to book the first appointment.</summary>
    public TimeSpan HandoverAcknowledgementLead { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the sweeper looks for handovers to flag.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The pathway database (handovers, acknowledgements, flags), relative to the content root.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "pathways.db");

    public string ResolvedSqlitePath(string contentRoot) => Path.GetFullPath(SqlitePath, contentRoot);
}
