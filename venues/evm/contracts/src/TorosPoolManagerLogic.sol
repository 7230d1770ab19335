// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface ITorosPMLBalance {
    function balanceOf(address) external view returns (uint256);
}

interface ITorosPMLFeed {
    function latest() external view returns (uint256 price, uint256 updatedAt);
}

/// @title TorosPoolManagerLogic
/// @notice A look-alike of the dHEDGE PoolManagerLogic of a Toros leveraged pool (e.g. ETHBULL3X),
/// with the real signatures of what PoolLogic and navarb read: getFee() (performance,
/// management, entry, exit numerators and the denominator), getEntryFeeInfo(),
/// getExitFeeInfo(), totalFundValue(), assetValue(address,uint256), isDepositAsset(address),
/// getSupportedAssets() (Asset[] = (address asset, bool isDeposit)[]), manager(),
/// minDepositUSD().
///
/// The pool's portfolio: a collateral token (e.g. WETH) held by the pool, the quote token
/// (e.g. USDC, the deposit asset) held by the pool, and `debt` quote units owed to the lender
/// (in production an Aave position behind the Aave lending-pool asset guard). Values are USD
/// with 18 decimals, the quote being worth 1 USD:
///     assetValue(collateral, a) = a * price / 1e18 * quoteScale
///     assetValue(quote, a)      = a * quoteScale
///     totalFundValue()          = value(collateral held) + value(quote held) - debt * quoteScale
/// with price from a NavPriceFeed (quote units per collateral unit, 1e18-scaled) and
/// quoteScale = 10^(18 - quote decimals).
///
/// Simplified: the performance fee is always zero; the pool fee share and DAO share are zero;
/// no supply cap; the manager sets the debt directly (setDebt stands in for borrowing on Aave
/// and buying collateral, which the manager does by execTransaction in production).
contract TorosPoolManagerLogic {
    struct Asset {
        address asset;
        bool isDeposit;
    }

    uint256 private constant DENOMINATOR = 10_000;

    address public immutable manager;
    address public immutable poolLogic;
    address public immutable collateral;
    address public immutable quote;
    address public immutable priceFeed;
    uint256 public immutable quoteScale;

    uint256 public debt;
    uint256 private managementFee;
    uint256 private entryFee;
    uint256 private exitFee;

    error OnlyManager();
    error OnlyPool();
    error BadFee();

    /// @param fees_ [management (annual), entry, exit] numerators over 10,000.
    constructor(
        address poolLogic_,
        address collateral_,
        address quote_,
        address priceFeed_,
        uint8 quoteDecimals_,
        uint256[3] memory fees_
    ) {
        manager = msg.sender;
        poolLogic = poolLogic_;
        collateral = collateral_;
        quote = quote_;
        priceFeed = priceFeed_;
        quoteScale = 10 ** (18 - uint256(quoteDecimals_));
        _setFees(fees_);
    }

    function getFee() external view returns (uint256, uint256, uint256, uint256, uint256) {
        return (0, managementFee, entryFee, exitFee, DENOMINATOR);
    }

    function getEntryFeeInfo() external view returns (uint256, uint256, uint256) {
        return (entryFee, 0, DENOMINATOR);
    }

    function getExitFeeInfo() external view returns (uint256, uint256, uint256) {
        return (exitFee, 0, DENOMINATOR);
    }

    function minDepositUSD() external pure returns (uint256) {
        return 0;
    }

    function getSupportedAssets() external view returns (Asset[] memory assets) {
        assets = new Asset[](2);
        assets[0] = Asset(collateral, false);
        assets[1] = Asset(quote, true);
    }

    function isDepositAsset(address asset) external view returns (bool) {
        return asset == quote;
    }

    /// @notice Quote units per collateral unit, 1e18-scaled.
    function collateralPrice() public view returns (uint256 price) {
        (price,) = ITorosPMLFeed(priceFeed).latest();
    }

    function assetValue(address asset, uint256 amount) public view returns (uint256) {
        if (asset == collateral) return amount * collateralPrice() / 1e18 * quoteScale;
        if (asset == quote) return amount * quoteScale;
        return 0;
    }

    function totalFundValue() external view returns (uint256) {
        uint256 gross = assetValue(collateral, ITorosPMLBalance(collateral).balanceOf(poolLogic))
            + assetValue(quote, ITorosPMLBalance(quote).balanceOf(poolLogic));
        uint256 owed = debt * quoteScale;
        return gross > owed ? gross - owed : 0;
    }

    function setDebt(uint256 debt_) external {
        if (msg.sender != manager) revert OnlyManager();
        debt = debt_;
    }

    function setFees(uint256[3] memory fees_) external {
        if (msg.sender != manager) revert OnlyManager();
        _setFees(fees_);
    }

    /// @notice The pool reports debt repaid by a withdrawal.
    function repay(uint256 amount) external {
        if (msg.sender != poolLogic) revert OnlyPool();
        debt -= amount;
    }

    function _setFees(uint256[3] memory fees_) private {
        if (fees_[0] > DENOMINATOR || fees_[1] > DENOMINATOR / 10 || fees_[2] > DENOMINATOR / 10) revert BadFee();
        managementFee = fees_[0];
        entryFee = fees_[1];
        exitFee = fees_[2];
    }
}
