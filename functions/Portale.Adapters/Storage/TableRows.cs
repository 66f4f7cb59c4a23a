namespace Portale.Adapters.Storage;

/// <summary>
/// A table row from its keys and its columns, given as an object whose public properties are the
/// columns by name, usually an anonymous one: <c>TableRows.Of(id, "", new { c.UserId, Step = c.Step.ToString() })</c>.
/// A column is named once, by the property it comes from. Null values are left out, as the SDK does.
/// </summary>
public static class TableRows
{
    public static TableEntity Of(string partitionKey, string rowKey, object columns)
    {
        var row = new TableEntity(partitionKey, rowKey);
        foreach (var property in columns.GetType().GetProperties())
        {
            row[property.Name] = property.GetValue(columns);
        }
        return row;
    }
}
