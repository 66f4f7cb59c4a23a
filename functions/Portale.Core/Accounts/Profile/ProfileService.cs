using Portale.Core.Companies;

namespace Portale.Core.Accounts.Profile;

/// <summary>View and edit the profile (manual 3.3); an email confirms every change.</summary>
public sealed class ProfileService(
    IUserStore users,
    ICompanyEnablements enablements,
    ICompanyDirectory directory,
    RegistrationValidator validator,
    PlacesCatalog places,
    AccountMessenger messenger,
    IUserSearchIndex index,
    TimeProvider clock)
{
    public async Task<ProfileView> GetAsync(OperatorPrincipal principal, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(principal, cancellationToken);
        var companies = await enablements.CompaniesOfAsync(user.Id, cancellationToken);
        var place = places.Lookup(user.BirthplaceCode, user.BirthDate) ?? places.Find(user.BirthplaceCode);
        return new ProfileView(
            user.Username, user.FirstName, user.LastName, user.Email, user.BirthDate, user.Sex.ToString(),
            user.BirthplaceCode, place?.Label, place?.Province, place?.Region,
            user.FiscalCode, user.Mobile, user.Landline, user.HowHeard, user.VideoIdentified,
            user.PasswordChangedAt is { } changed ? PasswordExpiry.ExpiresAt(changed) : null,
            [.. companies.Order(StringComparer.Ordinal)],
            await NamesAsync(companies, cancellationToken));
    }

    /// <summary>Each enabled company's name, for the screens (its id where the directory does not know it).</summary>
    private async Task<IReadOnlyDictionary<string, string>> NamesAsync(
        IEnumerable<string> companyIds, CancellationToken cancellationToken)
    {
        var names = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in companyIds)
        {
            names[id] = (await directory.FindAsync(id, cancellationToken))?.Name ?? id;
        }
        return names;
    }

    public async Task<ProfileView> UpdateAsync(
        OperatorPrincipal principal, ProfileUpdate update, CancellationToken cancellationToken)
    {
        var user = await LoadAsync(principal, cancellationToken);
        var request = new RegistrationRequest(
            user.Username, update.FirstName, update.LastName, user.Email, update.BirthDate, update.Sex,
            update.BirthplaceCode, user.FiscalCode, user.Mobile, update.Landline, update.HowHeard,
            PrivacyConsent: true, update.FiscalCodeConfirmed);
        var result = validator.Validate(request, RomeTime.Today(clock));
        result.ThrowIfRefused();
        var saved = await users.ApplyAsync(user.Id, u => u with
        {
            FirstName = update.FirstName!.Trim(),
            LastName = update.LastName!.Trim(),
            BirthDate = update.BirthDate!.Value,
            Sex = update.Sex!.Value,
            BirthplaceCode = update.BirthplaceCode!.Trim().ToUpperInvariant(),
            Landline = Phones.LandlineNumber.TryParse(update.Landline, out var landline) ? landline.E164 : null,
            HowHeard = update.HowHeard!,
        }, cancellationToken) ?? user;
        await index.IndexAsync(saved, cancellationToken);
        await index.RemoveAsync(user, saved, cancellationToken);
        await messenger.EmailAsync(saved, AccountEmails.ProfileChanged(saved.Username), cancellationToken);
        return await GetAsync(principal, cancellationToken);
    }

    private async Task<UserAccount> LoadAsync(OperatorPrincipal principal, CancellationToken cancellationToken) =>
        await users.FindAsync(principal.UserId, cancellationToken)
        ?? throw RefusalException.Unauthenticated();
}
