namespace Portale.Functions.Profile;

/// <summary>The signed-in operator's profile (manual 3.3): read it, change what may be changed.</summary>
[OperatorOnly]
public sealed class ProfileFunctions(ProfileService profiles)
{
    [Function("ProfileGet")]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "me")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken) =>
        new OkObjectResult(await profiles.GetAsync(context.GetOperator(), cancellationToken));

    [Function("ProfileUpdate")]
    public async Task<IActionResult> Update(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "me")] HttpRequest request,
        FunctionContext context, CancellationToken cancellationToken)
    {
        var body = await RequestJson.ReadAsync<ProfileBody>(request, cancellationToken);
        var profile = await profiles.UpdateAsync(context.GetOperator(), body.ToUpdate(), cancellationToken);
        return new OkObjectResult(profile);
    }
}
