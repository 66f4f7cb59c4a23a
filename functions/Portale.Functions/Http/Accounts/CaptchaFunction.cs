using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Portale.Core.Accounts.Captcha;

namespace Portale.Functions.Http.Accounts;

public sealed class CaptchaFunction(CaptchaService captcha)
{
    [Function("Captcha")]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "captcha")] HttpRequest request)
    {
        var c = captcha.Create();
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return new OkObjectResult(new { algorithm = c.Algorithm, challenge = c.Challenge, maxnumber = c.MaxNumber, salt = c.Salt, signature = c.Signature });
    }
}
