namespace Portale.Adapters.Letters;

/// <summary>
/// The columns of a letter's Sportello fields, written and read the same way by every table that holds them.
/// </summary>
public static class LetterFieldColumns
{
    public static void Write(TableEntity e, LetterFields f)
    {
        e["CaseId"] = f.CaseId;
        e["PracticeType"] = f.PracticeType;
        e["Utility"] = f.Utility;
        e["ServiceType"] = f.ServiceType.ToString();
        e["Topic"] = f.Topic;
        e["SubTopic"] = f.SubTopic;
        e["CustomerName"] = f.CustomerName;
        e["SupplyAddress"] = f.SupplyAddress;
        e["TermWorkingDays"] = f.TermWorkingDays;
        e["SpecialProcedure"] = f.IsSpecialProcedure;
        e["Sector"] = f.Sector.ToString();
    }

    public static LetterFields Read(TableEntity e) => new(
        e.GetString("CaseId"),
        e.GetString("PracticeType"),
        e.GetString("Utility"),
        Enum.Parse<ServiceType>(e.GetString("ServiceType")),
        e.GetString("Topic"),
        e.GetString("SubTopic"),
        e.GetString("CustomerName"),
        e.GetString("SupplyAddress"),
        e.GetInt32("TermWorkingDays") ?? 1,
        e.GetBoolean("SpecialProcedure") ?? false,
        Enum.Parse<Sector>(e.GetString("Sector")));
}
