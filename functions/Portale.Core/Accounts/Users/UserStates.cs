namespace Portale.Core.Accounts.Users;

public static class UserStates
{
    public static UserState Of(UserAccount user) => user.Status switch
    {
        AccountStatus.Pending => UserState.Unconfirmed,
        AccountStatus.Deactivated => UserState.Deactivated,
        _ => user.Locked ? UserState.Locked : UserState.Active,
    };

    /// <summary>The <c>state</c> filter of a list: null for every state, else one of the kebab-case names.</summary>
    public static UserState? Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        foreach (var state in Enum.GetValues<UserState>())
        {
            if (state.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return state;
            }
        }
        throw RefusalException.Field("state-invalid", "state",
            "Stato non valido: valori ammessi unconfirmed, active, locked, deactivated.");
    }
}
