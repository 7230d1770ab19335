// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IExecIssuer {
    function token() external view returns (address);
    function quoteToken() external view returns (address);
    function previewMint(uint256 quantity) external view returns (uint256 quoteIn, uint256 fee);
    function mint(uint256 quantity, uint256 maxQuoteIn, address to) external returns (uint256 quoteIn);
    function redeem(uint256 quantity, uint256 minQuoteOut, address to) external returns (uint256 quoteOut);
}

interface IExecERC20 {
    function balanceOf(address) external view returns (uint256);
    function allowance(address owner, address spender) external view returns (uint256);
    function approve(address spender, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
}

interface IExecV2Pair {
    function token0() external view returns (address);
    function token1() external view returns (address);
    function getReserves() external view returns (uint112 reserve0, uint112 reserve1, uint32 blockTimestampLast);
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

interface IExecV3Pool {
    function token0() external view returns (address);
    function token1() external view returns (address);
    function swap(address recipient, bool zeroForOne, int256 amountSpecified, uint160 sqrtPriceLimitX96, bytes calldata data)
        external
        returns (int256 amount0, int256 amount1);
}

/// @title NavArbExecutor
/// @notice Closes a leveraged token's premium or discount in one transaction, with the
/// owner's capital held by this contract (in the issuer's quote token):
///
///  - mintAndSell: mint `quantity` at NAV from the issuer, sell it into a Uniswap V2 pair for
///    the quote token (premium: the pool pays more than the mint cost);
///  - buyAndRedeem: buy the token from the pair with `quoteIn`, redeem all of it at NAV
///    (discount).
///
/// Either reverts with ProfitBelowMinimum unless this contract's quote balance grew by at
/// least `minProfit` (net of the issuer's fees and the pool's fee; gas is the caller's to
/// include in minProfit). Only the owner may call. The only external calls are to the issuer
/// the owner allowed, to the pair (checked to trade exactly the issuer's token against its
/// quote token) and to those two tokens. The one approval (the quote token to the issuer for
/// a mint) is for the exact mint cost and is reset to zero before the call returns.
/// V2 amounts use the standard pair fee of 0.3% (997/1000), as UniswapV2Pair enforces.
///
/// The issuer is either the token itself (NavLeveragedToken: token() is its own address) or an
/// adapter in front of a real product's issuance (IndexCoopExecIssuer, TorosExecIssuer) whose
/// token() names the token the pool trades. An adapter pulls the tokens it redeems, so a redeem
/// runs with an approval of exactly the quantity to the issuer, reset to zero after it.
///
/// The V3 variants swap with a sqrt price limit: mintAndSellV3 sells at most `maxQuantity`
/// into the pool until its price reaches the limit, minting inside the pool's swap callback
/// exactly the quantity the pool takes; buyAndRedeemV3 spends at most `maxQuoteIn` until the
/// limit, then redeems all it bought. The callback pays only the pool of the running call.
contract NavArbExecutor {
    address public immutable owner;
    mapping(address => bool) public allowedIssuer;

    /// @dev The V3 pool, issuer and mint limit of the running V3 loop (zero between calls).
    address private activePool;
    address private activeIssuer;
    uint256 private activeMaxQuoteIn;
    uint256 private activeSpent;

    uint8 public constant MINT_AND_SELL = 1;
    uint8 public constant BUY_AND_REDEEM = 2;

    event IssuerAllowed(address indexed issuer, bool allowed);
    event LoopExecuted(
        uint8 indexed kind,
        address indexed issuer,
        address indexed pair,
        uint256 quantity,
        uint256 quoteSpent,
        uint256 quoteReceived,
        uint256 profit
    );
    event Swept(address indexed token, address indexed to, uint256 amount);

    error NotOwner();
    error IssuerNotAllowed(address issuer);
    error PairMismatch(address pair);
    error ProfitBelowMinimum(int256 profit, uint256 minProfit);
    error MintCostAboveLimit(uint256 cost, uint256 limit);
    error ZeroAmount();
    error TokenCall();
    error UnexpectedCallback();

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner();
        _;
    }

    constructor() {
        owner = msg.sender;
    }

    /// @notice Allows (or disallows) an issuer for the loops.
    function setIssuer(address issuer, bool allowed) external onlyOwner {
        allowedIssuer[issuer] = allowed;
        emit IssuerAllowed(issuer, allowed);
    }

    /// @notice Mints `quantity` (paying at most `maxQuoteIn`) and sells it all into `pair`.
    function mintAndSell(address issuer, address pair, uint256 quantity, uint256 maxQuoteIn, uint256 minProfit)
        external
        onlyOwner
        returns (uint256 profit)
    {
        if (quantity == 0) revert ZeroAmount();
        (address quote, bool tokenIs0) = _check(issuer, pair);
        uint256 before = IExecERC20(quote).balanceOf(address(this));

        (uint256 cost,) = IExecIssuer(issuer).previewMint(quantity);
        if (cost > maxQuoteIn) revert MintCostAboveLimit(cost, maxQuoteIn);
        _approve(quote, issuer, cost);
        uint256 paid = IExecIssuer(issuer).mint(quantity, cost, address(this));
        _approve(quote, issuer, 0);

        uint256 received = _swap(pair, IExecIssuer(issuer).token(), quantity, tokenIs0);
        profit = _settle(quote, before, minProfit);
        emit LoopExecuted(MINT_AND_SELL, issuer, pair, quantity, paid, received, profit);
    }

    /// @notice Buys the issuer's token from `pair` with `quoteIn` and redeems all of it.
    function buyAndRedeem(address issuer, address pair, uint256 quoteIn, uint256 minProfit)
        external
        onlyOwner
        returns (uint256 profit)
    {
        if (quoteIn == 0) revert ZeroAmount();
        (address quote, bool tokenIs0) = _check(issuer, pair);
        uint256 before = IExecERC20(quote).balanceOf(address(this));

        uint256 quantity = _swap(pair, quote, quoteIn, !tokenIs0);
        uint256 received = _redeem(issuer, quantity);
        profit = _settle(quote, before, minProfit);
        emit LoopExecuted(BUY_AND_REDEEM, issuer, pair, quantity, quoteIn, received, profit);
    }

    /// @notice Sells into V3 `pool` until its sqrt price reaches `sqrtPriceLimitX96` (at most
    /// `maxQuantity`), minting the quantity sold at the issuer for at most `maxQuoteIn`.
    function mintAndSellV3(
        address issuer,
        address pool,
        uint256 maxQuantity,
        uint160 sqrtPriceLimitX96,
        uint256 maxQuoteIn,
        uint256 minProfit
    ) external onlyOwner returns (uint256 profit) {
        if (maxQuantity == 0 || maxQuantity > uint256(type(int256).max)) revert ZeroAmount();
        (address quote, bool tokenIs0) = _check(issuer, pool);
        uint256 before = IExecERC20(quote).balanceOf(address(this));
        activePool = pool;
        activeIssuer = issuer;
        activeMaxQuoteIn = maxQuoteIn;
        (int256 a0, int256 a1) = IExecV3Pool(pool).swap(
            address(this), tokenIs0, int256(maxQuantity), sqrtPriceLimitX96, abi.encode(MINT_AND_SELL)
        );
        uint256 spent = activeSpent;
        activePool = address(0);
        activeIssuer = address(0);
        activeMaxQuoteIn = 0;
        activeSpent = 0;
        (int256 tokenDelta, int256 quoteDelta) = tokenIs0 ? (a0, a1) : (a1, a0);
        profit = _settle(quote, before, minProfit);
        emit LoopExecuted(MINT_AND_SELL, issuer, pool, uint256(tokenDelta), spent, uint256(-quoteDelta), profit);
    }

    /// @notice Buys from V3 `pool` with at most `maxQuoteIn` until its sqrt price reaches
    /// `sqrtPriceLimitX96`, then redeems everything bought.
    function buyAndRedeemV3(address issuer, address pool, uint256 maxQuoteIn, uint160 sqrtPriceLimitX96, uint256 minProfit)
        external
        onlyOwner
        returns (uint256 profit)
    {
        if (maxQuoteIn == 0 || maxQuoteIn > uint256(type(int256).max)) revert ZeroAmount();
        (address quote, bool tokenIs0) = _check(issuer, pool);
        uint256 before = IExecERC20(quote).balanceOf(address(this));
        activePool = pool;
        activeIssuer = issuer;
        (uint256 quantity, uint256 spent) = _v3Buy(pool, tokenIs0, maxQuoteIn, sqrtPriceLimitX96);
        activePool = address(0);
        activeIssuer = address(0);
        uint256 received = _redeem(issuer, quantity);
        profit = _settle(quote, before, minProfit);
        emit LoopExecuted(BUY_AND_REDEEM, issuer, pool, quantity, spent, received, profit);
    }

    /// @dev Buys the token from a V3 pool; returns the tokens bought and the quote paid.
    function _v3Buy(address pool, bool tokenIs0, uint256 maxQuoteIn, uint160 limit)
        private
        returns (uint256 quantity, uint256 spent)
    {
        (int256 a0, int256 a1) =
            IExecV3Pool(pool).swap(address(this), !tokenIs0, int256(maxQuoteIn), limit, abi.encode(BUY_AND_REDEEM));
        (int256 tokenDelta, int256 quoteDelta) = tokenIs0 ? (a0, a1) : (a1, a0);
        return (uint256(-tokenDelta), uint256(quoteDelta));
    }

    /// @notice The V3 pool's swap callback: pays what the swap owes, minting it first in a
    /// mint-and-sell. Only the pool of the running loop may call it.
    function uniswapV3SwapCallback(int256 amount0Delta, int256 amount1Delta, bytes calldata data) external {
        address pool = activePool;
        if (msg.sender != pool || pool == address(0)) revert UnexpectedCallback();
        (uint256 owed, address token) = amount0Delta > 0
            ? (uint256(amount0Delta), IExecV3Pool(pool).token0())
            : (uint256(amount1Delta), IExecV3Pool(pool).token1());
        if (abi.decode(data, (uint8)) == MINT_AND_SELL) {
            address issuer = activeIssuer;
            if (token != IExecIssuer(issuer).token()) revert UnexpectedCallback();
            address quote = IExecIssuer(issuer).quoteToken();
            (uint256 cost,) = IExecIssuer(issuer).previewMint(owed);
            if (cost > activeMaxQuoteIn) revert MintCostAboveLimit(cost, activeMaxQuoteIn);
            _approve(quote, issuer, cost);
            activeSpent = IExecIssuer(issuer).mint(owed, cost, address(this));
            _approve(quote, issuer, 0);
        }
        _call(token, abi.encodeCall(IExecERC20.transfer, (pool, owed)));
    }

    /// @notice Sends `amount` of `token` held here to `to`.
    function sweep(address token, address to, uint256 amount) external onlyOwner {
        _call(token, abi.encodeCall(IExecERC20.transfer, (to, amount)));
        emit Swept(token, to, amount);
    }

    function _check(address issuer, address pair) private view returns (address quote, bool tokenIs0) {
        if (!allowedIssuer[issuer]) revert IssuerNotAllowed(issuer);
        quote = IExecIssuer(issuer).quoteToken();
        address token = IExecIssuer(issuer).token();
        address t0 = IExecV2Pair(pair).token0();
        address t1 = IExecV2Pair(pair).token1();
        if (t0 == token && t1 == quote) return (quote, true);
        if (t0 == quote && t1 == token) return (quote, false);
        revert PairMismatch(pair);
    }

    /// @dev Redeems `quantity` at the issuer, approving an adapter issuer for exactly that.
    function _redeem(address issuer, uint256 quantity) private returns (uint256 received) {
        address token = IExecIssuer(issuer).token();
        if (token != issuer) _approve(token, issuer, quantity);
        received = IExecIssuer(issuer).redeem(quantity, 0, address(this));
        if (token != issuer) _approve(token, issuer, 0);
    }

    /// @dev Pays `amountIn` of `tokenIn` into the pair and takes the V2 output:
    /// out = in*997*rOut / (rIn*1000 + in*997).
    function _swap(address pair, address tokenIn, uint256 amountIn, bool zeroForOne) private returns (uint256 out) {
        (uint112 r0, uint112 r1,) = IExecV2Pair(pair).getReserves();
        (uint256 rIn, uint256 rOut) = zeroForOne ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
        uint256 inWithFee = amountIn * 997;
        out = inWithFee * rOut / (rIn * 1000 + inWithFee);
        if (out == 0) revert ZeroAmount();
        _call(tokenIn, abi.encodeCall(IExecERC20.transfer, (pair, amountIn)));
        if (zeroForOne) {
            IExecV2Pair(pair).swap(0, out, address(this), "");
        } else {
            IExecV2Pair(pair).swap(out, 0, address(this), "");
        }
    }

    function _settle(address quote, uint256 before, uint256 minProfit) private view returns (uint256) {
        uint256 afterBal = IExecERC20(quote).balanceOf(address(this));
        if (afterBal < before + minProfit) {
            int256 p = afterBal >= before ? int256(afterBal - before) : -int256(before - afterBal);
            revert ProfitBelowMinimum(p, minProfit);
        }
        return afterBal - before;
    }

    function _approve(address token, address spender, uint256 amount) private {
        _call(token, abi.encodeCall(IExecERC20.approve, (spender, amount)));
    }

    function _call(address token, bytes memory data) private {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenCall();
    }
}
