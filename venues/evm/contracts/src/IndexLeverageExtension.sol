// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

interface IIndexExtBalance {
    function balanceOf(address) external view returns (uint256);
}

interface IIndexExtFeed {
    function latest() external view returns (uint256 price, uint256 updatedAt);
}

/// @title IndexLeverageExtension
/// @notice A look-alike of Index Coop's AaveLeverageStrategyExtension (the V3 extension on
/// Arbitrum has the same getters) with the real signatures navarb reads:
/// getCurrentLeverageRatio() (precise units, 1e18 = 1x), shouldRebalance() returning
/// (string[] exchange names, ShouldRebalance[] actions: 0 NONE, 1 REBALANCE,
/// 2 ITERATE_REBALANCE, 3 RIPCORD), getMethodology() (MethodologySettings), getIncentive()
/// (IncentiveSettings: incentivizedLeverageRatio is the ripcord level), twapLeverageRatio(),
/// globalLastTradeTimestamp(), getEnabledExchanges().
///
/// Leverage = collateralValue / (collateralValue - borrowValue), both from the set's aToken and
/// debt-token balances. Simplified: prices come from a NavPriceFeed (quote units per collateral
/// unit, 1e18-scaled; the debt asset is the quote, price 1) instead of two Chainlink feeds, and
/// the operator moves the rebalance state with setTwapLeverageRatio/setLastTradeTimestamp
/// (the real extension's rebalance/iterateRebalance/ripcord trade through the leverage module;
/// navarb only reads the state). shouldRebalance follows the real rule, without the
/// TWAP cooldowns: RIPCORD at or above the incentivized ratio, else ITERATE_REBALANCE during
/// a TWAP, else REBALANCE outside [min, max] or once rebalanceInterval has passed.
contract IndexLeverageExtension {
    struct MethodologySettings {
        uint256 targetLeverageRatio;
        uint256 minLeverageRatio;
        uint256 maxLeverageRatio;
        uint256 recenteringSpeed;
        uint256 rebalanceInterval;
    }

    struct IncentiveSettings {
        uint256 etherReward;
        uint256 incentivizedLeverageRatio;
        uint256 incentivizedSlippageTolerance;
        uint256 incentivizedTwapCooldownPeriod;
    }

    enum ShouldRebalance {
        NONE,
        REBALANCE,
        ITERATE_REBALANCE,
        RIPCORD
    }

    address public immutable operator;
    address public immutable setToken;
    address public immutable collateralAToken;
    address public immutable debtToken;
    address public immutable priceFeed;
    MethodologySettings internal methodology;
    IncentiveSettings internal incentive;
    string[] public enabledExchanges;
    uint256 public twapLeverageRatio;
    uint256 public globalLastTradeTimestamp;

    error OnlyOperator();

    constructor(
        address setToken_,
        address collateralAToken_,
        address debtToken_,
        address priceFeed_,
        MethodologySettings memory methodology_,
        IncentiveSettings memory incentive_,
        string memory exchangeName_
    ) {
        operator = msg.sender;
        setToken = setToken_;
        collateralAToken = collateralAToken_;
        debtToken = debtToken_;
        priceFeed = priceFeed_;
        methodology = methodology_;
        incentive = incentive_;
        enabledExchanges.push(exchangeName_);
        globalLastTradeTimestamp = block.timestamp;
    }

    function getCurrentLeverageRatio() public view returns (uint256) {
        (uint256 price,) = IIndexExtFeed(priceFeed).latest();
        uint256 collateralValue = IIndexExtBalance(collateralAToken).balanceOf(setToken) * price / 1e18;
        uint256 borrowValue = IIndexExtBalance(debtToken).balanceOf(setToken);
        if (collateralValue <= borrowValue) return type(uint256).max;
        return collateralValue * 1e18 / (collateralValue - borrowValue);
    }

    function shouldRebalance() external view returns (string[] memory, ShouldRebalance[] memory) {
        uint256 lev = getCurrentLeverageRatio();
        ShouldRebalance action = ShouldRebalance.NONE;
        if (lev >= incentive.incentivizedLeverageRatio) {
            action = ShouldRebalance.RIPCORD;
        } else if (twapLeverageRatio > 0) {
            action = ShouldRebalance.ITERATE_REBALANCE;
        } else if (
            block.timestamp - globalLastTradeTimestamp > methodology.rebalanceInterval
                || lev > methodology.maxLeverageRatio || lev < methodology.minLeverageRatio
        ) {
            action = ShouldRebalance.REBALANCE;
        }
        ShouldRebalance[] memory actions = new ShouldRebalance[](enabledExchanges.length);
        for (uint256 i = 0; i < actions.length; i++) {
            actions[i] = action;
        }
        return (enabledExchanges, actions);
    }

    function getEnabledExchanges() external view returns (string[] memory) {
        return enabledExchanges;
    }

    function getMethodology() external view returns (MethodologySettings memory) {
        return methodology;
    }

    function getIncentive() external view returns (IncentiveSettings memory) {
        return incentive;
    }

    /// @notice Operator (test) control of the TWAP state: nonzero means a rebalance is under way.
    function setTwapLeverageRatio(uint256 ratio) external {
        if (msg.sender != operator) revert OnlyOperator();
        twapLeverageRatio = ratio;
    }

    function setLastTradeTimestamp(uint256 timestamp) external {
        if (msg.sender != operator) revert OnlyOperator();
        globalLastTradeTimestamp = timestamp;
    }
}
