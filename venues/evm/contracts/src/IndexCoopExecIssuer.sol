// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

library IndexExecDEX {
    struct SwapData {
        address[] path;
        uint24[] fees;
        address pool;
        uint8 exchange;
    }
}

interface IIndexExecFlashMint {
    function debtIssuanceModule() external view returns (address);
    function pair() external view returns (address);
    function issueExactSetFromERC20(
        address _setToken,
        uint256 _setAmount,
        address _inputToken,
        uint256 _maxAmountInputToken,
        IndexExecDEX.SwapData memory _swapDataDebtForCollateral,
        IndexExecDEX.SwapData memory _swapDataInputToken
    ) external;
    function redeemExactSetForERC20(
        address _setToken,
        uint256 _setAmount,
        address _outputToken,
        uint256 _minAmountOutputToken,
        IndexExecDEX.SwapData memory _swapDataCollateralForDebt,
        IndexExecDEX.SwapData memory _swapDataOutputToken
    ) external;
}

interface IIndexExecDIM {
    function getRequiredComponentIssuanceUnits(address, uint256)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory);
    function getRequiredComponentRedemptionUnits(address, uint256)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory);
    function calculateTotalFees(address, uint256, bool) external view returns (uint256, uint256, uint256);
}

interface IIndexExecERC20 {
    function balanceOf(address) external view returns (uint256);
    function approve(address spender, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

interface IIndexExecPair {
    function token0() external view returns (address);
    function getReserves() external view returns (uint112, uint112, uint32);
}

/// @title IndexCoopExecIssuer
/// @notice NavArbExecutor's issuer (IExecIssuer) for an Index Coop leverage token: mints and
/// redeems the set token in the debt asset (the quote, e.g. USDC) through FlashMintLeveraged
/// (issueExactSetFromERC20 / redeemExactSetForERC20), with swap data routing the collateral
/// leg collateral<->quote.
///
/// previewMint(q) = getAmountIn(c) - d on the FlashMint's pair (c, d: the module's issuance
/// units for q, fees included), the fee within it valued pro rata to the manager fee in the
/// quantity; previewRedeem(q) = getAmountOut(c) - d with the redemption units. These equal what
/// FlashMint charges and pays in the same block.
///
/// mint pulls exactly the previewed cost from the caller (never more than maxQuoteIn), approves
/// the FlashMint for that amount only (reset to zero after), forwards the set tokens to `to`
/// and any quote the FlashMint returned to the caller. redeem pulls the set tokens from the
/// caller, approves the FlashMint for exactly that quantity (reset after) and forwards the
/// proceeds to `to`. It holds nothing between calls and makes no other external calls.
contract IndexCoopExecIssuer {
    address public immutable flashMint;
    address public immutable debtIssuanceModule;
    address public immutable pair;
    address public immutable setToken;
    address public immutable quoteToken;
    address public immutable collateralToken;

    /// @dev NavLeveragedToken's Minted and Redeemed events, so readers of loops decode them alike:
    /// collateral and debt are the module's units for the quantity (fees included), fee the
    /// manager fee's value in quote units (as previewMint/previewRedeem value it).
    event Minted(
        address indexed payer,
        address indexed to,
        uint256 quantity,
        uint256 collateralAdded,
        uint256 debtAdded,
        uint256 quoteIn,
        uint256 fee
    );
    event Redeemed(
        address indexed holder,
        address indexed to,
        uint256 quantity,
        uint256 collateralRemoved,
        uint256 debtRepaid,
        uint256 quoteOut,
        uint256 fee
    );

    error Slippage(uint256 amount, uint256 limit);
    error TokenCall();

    constructor(address flashMint_, address setToken_, address quoteToken_, address collateralToken_) {
        flashMint = flashMint_;
        debtIssuanceModule = IIndexExecFlashMint(flashMint_).debtIssuanceModule();
        pair = IIndexExecFlashMint(flashMint_).pair();
        setToken = setToken_;
        quoteToken = quoteToken_;
        collateralToken = collateralToken_;
    }

    /// @notice The token this issuer mints and redeems (the set token).
    function token() external view returns (address) {
        return setToken;
    }

    function previewMint(uint256 quantity) public view returns (uint256 quoteIn, uint256 fee) {
        (quoteIn, fee,,) = _previewMint(quantity);
    }

    function previewRedeem(uint256 quantity) public view returns (uint256 quoteOut, uint256 fee) {
        (quoteOut, fee,,) = _previewRedeem(quantity);
    }

    /// @dev The mint cost and fee, and the collateral and debt units behind them.
    function _previewMint(uint256 quantity)
        private
        view
        returns (uint256 quoteIn, uint256 fee, uint256 coll, uint256 debt)
    {
        (, uint256[] memory equity, uint256[] memory debts) =
            IIndexExecDIM(debtIssuanceModule).getRequiredComponentIssuanceUnits(setToken, quantity);
        (coll, debt) = (equity[0], debts[1]);
        (uint256 rQuote, uint256 rColl) = _reserves();
        uint256 amountIn = rQuote * coll * 1000 / ((rColl - coll) * 997) + 1;
        quoteIn = amountIn > debt ? amountIn - debt : 0;
        (uint256 total, uint256 managerFee,) = IIndexExecDIM(debtIssuanceModule).calculateTotalFees(setToken, quantity, true);
        fee = quoteIn * managerFee / total;
    }

    /// @dev The redemption proceeds and fee, and the collateral and debt units behind them.
    function _previewRedeem(uint256 quantity)
        private
        view
        returns (uint256 quoteOut, uint256 fee, uint256 coll, uint256 debt)
    {
        (, uint256[] memory equity, uint256[] memory debts) =
            IIndexExecDIM(debtIssuanceModule).getRequiredComponentRedemptionUnits(setToken, quantity);
        (coll, debt) = (equity[0], debts[1]);
        (uint256 rQuote, uint256 rColl) = _reserves();
        uint256 inWithFee = coll * 997;
        uint256 out = inWithFee * rQuote / (rColl * 1000 + inWithFee);
        quoteOut = out > debt ? out - debt : 0;
        (uint256 total, uint256 managerFee,) =
            IIndexExecDIM(debtIssuanceModule).calculateTotalFees(setToken, quantity, false);
        fee = total == 0 ? 0 : quoteOut * managerFee / total;
    }

    function mint(uint256 quantity, uint256 maxQuoteIn, address to) external returns (uint256 quoteIn) {
        (uint256 cost, uint256 fee, uint256 coll, uint256 debt) = _previewMint(quantity);
        if (cost > maxQuoteIn) revert Slippage(cost, maxQuoteIn);
        uint256 before = IIndexExecERC20(quoteToken).balanceOf(address(this));
        if (cost > 0) _call(quoteToken, abi.encodeCall(IIndexExecERC20.transferFrom, (msg.sender, address(this), cost)));
        _call(quoteToken, abi.encodeCall(IIndexExecERC20.approve, (flashMint, cost)));
        IIndexExecFlashMint(flashMint).issueExactSetFromERC20(
            setToken, quantity, quoteToken, cost, _path(quoteToken, collateralToken), _path(quoteToken, collateralToken)
        );
        _call(quoteToken, abi.encodeCall(IIndexExecERC20.approve, (flashMint, 0)));
        uint256 left = IIndexExecERC20(quoteToken).balanceOf(address(this)) - before;
        if (left > 0) _call(quoteToken, abi.encodeCall(IIndexExecERC20.transfer, (msg.sender, left)));
        _call(setToken, abi.encodeCall(IIndexExecERC20.transfer, (to, quantity)));
        quoteIn = cost - left;
        emit Minted(msg.sender, to, quantity, coll, debt, quoteIn, fee);
    }

    function redeem(uint256 quantity, uint256 minQuoteOut, address to) external returns (uint256 quoteOut) {
        (,, uint256 coll, uint256 debt) = _previewRedeem(quantity);
        uint256 before = IIndexExecERC20(quoteToken).balanceOf(address(this));
        _call(setToken, abi.encodeCall(IIndexExecERC20.transferFrom, (msg.sender, address(this), quantity)));
        _call(setToken, abi.encodeCall(IIndexExecERC20.approve, (flashMint, quantity)));
        IIndexExecFlashMint(flashMint).redeemExactSetForERC20(
            setToken,
            quantity,
            quoteToken,
            minQuoteOut,
            _path(collateralToken, quoteToken),
            _path(collateralToken, quoteToken)
        );
        _call(setToken, abi.encodeCall(IIndexExecERC20.approve, (flashMint, 0)));
        quoteOut = IIndexExecERC20(quoteToken).balanceOf(address(this)) - before;
        _call(quoteToken, abi.encodeCall(IIndexExecERC20.transfer, (to, quoteOut)));
        (uint256 total, uint256 managerFee,) =
            IIndexExecDIM(debtIssuanceModule).calculateTotalFees(setToken, quantity, false);
        emit Redeemed(msg.sender, to, quantity, coll, debt, quoteOut, quoteOut * managerFee / total);
    }

    /// @dev (reserve of the quote, reserve of the collateral) on the FlashMint's pair.
    function _reserves() private view returns (uint256 rQuote, uint256 rColl) {
        (uint112 r0, uint112 r1,) = IIndexExecPair(pair).getReserves();
        return IIndexExecPair(pair).token0() == quoteToken ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
    }

    function _path(address from, address to) private pure returns (IndexExecDEX.SwapData memory s) {
        s.path = new address[](2);
        s.path[0] = from;
        s.path[1] = to;
        s.fees = new uint24[](0);
        s.exchange = 2; // Sushiswap: a Uniswap V2-style router
    }

    function _call(address target, bytes memory data) private {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenCall();
    }
}
