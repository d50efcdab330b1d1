using SmsCx.Contracts.Account;
using SmsCx.Contracts.Errors;

namespace SmsCx.Mock.Messaging;

/// <summary>
/// The account's money: a prepaid balance that sends draw down (1113 when too low), or with a credit limit a
/// postpaid account whose spending may not pass it (1114). Deleted scheduled messages are credited back.
/// Thread-safe.
/// </summary>
public sealed class AccountLedger
{
    private readonly Lock _gate = new();
    private readonly decimal? _creditLimit;
    private readonly string _currency;
    private decimal _balance;
    private decimal _spent;

    /// <summary>Creates the ledger from <paramref name="options"/>.</summary>
    public AccountLedger(MockOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _balance = options.Balance;
        _creditLimit = options.CreditLimit;
        _currency = options.Currency;
    }

    /// <summary>
    /// Charges <paramref name="amount"/> (or, with <paramref name="commit"/> false, only checks it could be paid);
    /// returns the error to answer when the account cannot pay.
    /// </summary>
    public ErrorDefinition? TryCharge(decimal amount, bool commit = true)
    {
        lock (_gate)
        {
            if (_creditLimit is { } limit)
            {
                if (_spent + amount > limit)
                    return ApiErrors.CreditLimitReached;
                if (commit)
                    _spent += amount;
                return null;
            }

            if (amount > _balance)
                return ApiErrors.InsufficientBalance;
            if (commit)
                _balance -= amount;
            return null;
        }
    }

    /// <summary>Credits <paramref name="amount"/> back.</summary>
    public void Refund(decimal amount)
    {
        lock (_gate)
        {
            if (_creditLimit is null)
                _balance += amount;
            else
                _spent -= amount;
        }
    }

    /// <summary>The answer of <c>GET /account/balance</c>.</summary>
    public AccountBalance Snapshot()
    {
        lock (_gate)
        {
            return _creditLimit is null
                ? new AccountBalance { Balance = _balance, Currency = _currency, Billing = "prepaid" }
                : new AccountBalance { Balance = _spent, Currency = _currency, Billing = "postpaid" };
        }
    }
}
