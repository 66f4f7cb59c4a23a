using Portale.Core.Accounts;
using Portale.Core.Accounts.Email;
using Portale.Core.Accounts.FiscalCode;
using Portale.Core.Accounts.Passwords;
using Portale.Core.Accounts.Phones;
using Portale.Core.Accounts.Registration;

namespace Portale.Core.Tests.Accounts.Registration;

public class RegistrationValidatorTests
{
    private static readonly DateOnly Today = new(2025, 10, 1);
    private readonly RegistrationValidator validator = new();

    private static readonly RegistrationRequest Maria = new(
        Username: "maria.rossi",
        FirstName: "Maria",
        LastName: "Rossi",
        Email: "maria.rossi@example.it",
        BirthDate: new DateOnly(1985, 12, 10),
        Sex: Sex.F,
        BirthplaceCode: "H501",
        FiscalCode: "RSSMRA85T50H501S",
        Mobile: "333 1234567",
        Landline: null,
        HowHeard: "Bolletta",
        PrivacyConsent: true,
        FiscalCodeConfirmed: false);

    [Fact]
    public void Valid_request_can_be_saved()
    {
        var result = validator.Validate(Maria, Today);
        Assert.Empty(result.Errors);
        Assert.Empty(result.FiscalCodeWarnings);
        Assert.True(result.CanSave);
    }

    [Fact]
    public void Empty_request_reports_every_required_field_in_italian()
    {
        var empty = new RegistrationRequest(null, null, null, null, null, null, null, null, null, null, null, false, false);
        var result = validator.Validate(empty, Today);
        Assert.Equal(
            new[] { "birthDate", "birthplaceCode", "email", "firstName", "fiscalCode", "howHeard", "lastName", "mobile", "privacyConsent", "sex", "username" },
            result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([RegistrationValidator.FirstNameRequired], result.Errors["firstName"]);
        Assert.Equal([MobileNumber.Required], result.Errors["mobile"]);
        Assert.Empty(result.FiscalCodeWarnings);
    }

    [Fact]
    public void Refuses_pec_email()
    {
        var result = validator.Validate(Maria with { Email = "maria@pec.it" }, Today);
        Assert.Equal([EmailRules.PecNotAllowed], result.Errors["email"]);
    }

    [Fact]
    public void Inconsistent_fiscal_code_is_a_warning_not_an_error()
    {
        var result = validator.Validate(Maria with { BirthDate = new DateOnly(1985, 12, 11) }, Today);
        Assert.Empty(result.Errors);
        Assert.Equal(FiscalCodeMismatch.BirthDate, Assert.Single(result.FiscalCodeWarnings).Mismatch);
        Assert.True(result.RequiresFiscalCodeConfirmation);
        Assert.False(result.CanSave);
    }

    [Fact]
    public void Confirmation_clears_the_warnings()
    {
        var result = validator.Validate(Maria with { FirstName = "Marta", FiscalCodeConfirmed = true }, Today);
        Assert.True(result.CanSave);
    }

    [Fact]
    public void Malformed_fiscal_code_is_an_error()
    {
        var result = validator.Validate(Maria with { FiscalCode = "RSSMRA85T50H501X" }, Today);
        Assert.Equal([FiscalCodeFormat.WrongCheckCharacter], result.Errors["fiscalCode"]);
        Assert.Empty(result.FiscalCodeWarnings);
    }

    [Fact]
    public void Foreign_birth_validates()
    {
        var gianfranco = Maria with
        {
            FirstName = "Gianfranco", LastName = "De Luca", BirthDate = new DateOnly(2001, 1, 1), Sex = Sex.M,
            BirthplaceCode = "Z100", FiscalCode = "DLCGFR01A01Z100K",
        };
        Assert.True(validator.Validate(gianfranco, Today).CanSave);
    }

    [Fact]
    public void Birthplace_must_come_from_the_list() =>
        Assert.Equal([RegistrationValidator.BirthplaceUnknown], validator.Validate(Maria with { BirthplaceCode = "Q999" }, Today).Errors["birthplaceCode"]);

    [Fact]
    public void Birth_date_cannot_be_in_the_future() =>
        Assert.Equal([RegistrationValidator.BirthDateInFuture], validator.Validate(Maria with { BirthDate = Today.AddDays(1) }, Today).Errors["birthDate"]);

    [Fact]
    public void Mobile_must_be_a_mobile_and_landline_a_landline()
    {
        var result = validator.Validate(Maria with { Mobile = "06 12345678", Landline = "333 1234567" }, Today);
        Assert.Equal([MobileNumber.Invalid], result.Errors["mobile"]);
        Assert.Equal([LandlineNumber.Invalid], result.Errors["landline"]);
    }

    [Fact]
    public void Unknown_how_heard_choice_and_missing_consent_are_errors()
    {
        var result = validator.Validate(Maria with { HowHeard = "Altro canale", PrivacyConsent = false }, Today);
        Assert.Equal([RegistrationValidator.HowHeardRequired], result.Errors["howHeard"]);
        Assert.Equal([RegistrationValidator.PrivacyRequired], result.Errors["privacyConsent"]);
    }

    [Fact]
    public void Username_errors_are_keyed_by_field() =>
        Assert.Equal([UsernameRules.NoSpaces], validator.Validate(Maria with { Username = "maria rossi" }, Today).Errors["username"]);

    [Fact]
    public void Password_context_is_the_registration_data() =>
        Assert.NotEmpty(PasswordPolicy.Validate("Xx1!maria.rossi", new PasswordContext(Maria.Username, Maria.FirstName, Maria.LastName)));
}
