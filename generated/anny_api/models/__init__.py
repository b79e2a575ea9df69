"""Contains all the data models used in inputs/outputs"""

from .availability_period import AvailabilityPeriod
from .availability_periods_response import AvailabilityPeriodsResponse
from .availability_start_date import AvailabilityStartDate
from .availability_start_item import AvailabilityStartItem
from .availability_start_response_type_1 import AvailabilityStartResponseType1
from .booking import Booking
from .booking_attributes import BookingAttributes
from .booking_attributes_booking_add_ons_item import BookingAttributesBookingAddOnsItem
from .booking_attributes_custom_entry_map import BookingAttributesCustomEntryMap
from .booking_collection import BookingCollection
from .booking_document import BookingDocument
from .booking_meta import BookingMeta
from .calendar_event import CalendarEvent
from .calendar_event_resource_availability_result import (
    CalendarEventResourceAvailabilityResult,
)
from .calendar_events_response import CalendarEventsResponse
from .calendar_events_response_data import CalendarEventsResponseData
from .cancellation_preview import CancellationPreview
from .cart_booking_request import CartBookingRequest
from .cart_booking_request_add_ons_by_service import CartBookingRequestAddOnsByService
from .cart_booking_request_booking_add_ons_item import (
    CartBookingRequestBookingAddOnsItem,
)
from .cart_booking_request_sub_bookings_by_service import (
    CartBookingRequestSubBookingsByService,
)
from .cart_booking_request_sub_bookings_item import CartBookingRequestSubBookingsItem
from .checkout_customer import CheckoutCustomer
from .checkout_form import CheckoutForm
from .checkout_form_components_item import CheckoutFormComponentsItem
from .checkout_form_default import CheckoutFormDefault
from .checkout_form_validations import CheckoutFormValidations
from .checkout_request import CheckoutRequest
from .checkout_request_customer import CheckoutRequestCustomer
from .checkout_request_meta import CheckoutRequestMeta
from .collection_meta import CollectionMeta
from .community import Community
from .community_account import CommunityAccount
from .community_account_attributes import CommunityAccountAttributes
from .community_account_document import CommunityAccountDocument
from .community_attributes import CommunityAttributes
from .community_collection import CommunityCollection
from .community_document import CommunityDocument
from .community_join_request import CommunityJoinRequest
from .community_join_request_data import CommunityJoinRequestData
from .community_join_request_data_attributes import CommunityJoinRequestDataAttributes
from .customer import Customer
from .customer_account import CustomerAccount
from .customer_account_attributes import CustomerAccountAttributes
from .customer_account_collection import CustomerAccountCollection
from .customer_account_document import CustomerAccountDocument
from .customer_attributes import CustomerAttributes
from .customer_attributes_custom_entry_map import CustomerAttributesCustomEntryMap
from .customer_attributes_settings import CustomerAttributesSettings
from .customer_document import CustomerDocument
from .customer_update_attributes import CustomerUpdateAttributes
from .customer_update_request import CustomerUpdateRequest
from .customer_update_request_data import CustomerUpdateRequestData
from .email_verification_confirm_request import EmailVerificationConfirmRequest
from .email_verification_request import EmailVerificationRequest
from .email_verification_sent import EmailVerificationSent
from .error_document import ErrorDocument
from .error_object import ErrorObject
from .error_source import ErrorSource
from .flat_document import FlatDocument
from .flat_document_links import FlatDocumentLinks
from .flat_document_meta import FlatDocumentMeta
from .flat_record import FlatRecord
from .instant_booking_request import InstantBookingRequest
from .interval_item import IntervalItem
from .json_api_object import JsonApiObject
from .links import Links
from .meta import Meta
from .order import Order
from .order_attributes import OrderAttributes
from .order_attributes_custom_entry_map import OrderAttributesCustomEntryMap
from .order_collection import OrderCollection
from .order_document import OrderDocument
from .order_item import OrderItem
from .order_meta import OrderMeta
from .organization import Organization
from .organization_attributes import OrganizationAttributes
from .organization_document import OrganizationDocument
from .page_meta import PageMeta
from .pagination_links import PaginationLinks
from .pass_ import Pass
from .pass_attributes import PassAttributes
from .pass_collection import PassCollection
from .pass_document import PassDocument
from .plain_error_body_type_0 import PlainErrorBodyType0
from .plain_error_body_type_1 import PlainErrorBodyType1
from .plan import Plan
from .plan_attributes import PlanAttributes
from .plan_collection import PlanCollection
from .plan_document import PlanDocument
from .plan_subscription import PlanSubscription
from .plan_subscription_attributes import PlanSubscriptionAttributes
from .plan_subscription_collection import PlanSubscriptionCollection
from .plan_subscription_create_request import PlanSubscriptionCreateRequest
from .plan_subscription_create_request_data import PlanSubscriptionCreateRequestData
from .plan_subscription_create_request_data_attributes import (
    PlanSubscriptionCreateRequestDataAttributes,
)
from .plan_subscription_create_request_data_relationships import (
    PlanSubscriptionCreateRequestDataRelationships,
)
from .plan_subscription_document import PlanSubscriptionDocument
from .queue_ticket import QueueTicket
from .queue_ticket_attributes import QueueTicketAttributes
from .queue_ticket_collection import QueueTicketCollection
from .queue_ticket_create_request import QueueTicketCreateRequest
from .queue_ticket_create_request_data import QueueTicketCreateRequestData
from .queue_ticket_create_request_data_relationships import (
    QueueTicketCreateRequestDataRelationships,
)
from .queue_ticket_document import QueueTicketDocument
from .quote import Quote
from .quote_item import QuoteItem
from .quote_request import QuoteRequest
from .quote_request_add_ons_by_service import QuoteRequestAddOnsByService
from .quote_request_sub_bookings_by_service import QuoteRequestSubBookingsByService
from .relationship import Relationship
from .relationships import Relationships
from .resource import Resource
from .resource_attributes import ResourceAttributes
from .resource_attributes_settings import ResourceAttributesSettings
from .resource_collection import ResourceCollection
from .resource_document import ResourceDocument
from .resource_identifier import ResourceIdentifier
from .resource_location import ResourceLocation
from .resource_location_availability_result import ResourceLocationAvailabilityResult
from .resource_locations_response import ResourceLocationsResponse
from .resource_meta import ResourceMeta
from .resource_object import ResourceObject
from .resource_object_attributes import ResourceObjectAttributes
from .service import Service
from .service_attributes import ServiceAttributes
from .service_attributes_participant_settings import (
    ServiceAttributesParticipantSettings,
)
from .service_attributes_price_label_i18n import ServiceAttributesPriceLabelI18N
from .service_attributes_public_settings import ServiceAttributesPublicSettings
from .service_collection import ServiceCollection
from .service_configuration import ServiceConfiguration
from .service_configuration_attributes import ServiceConfigurationAttributes
from .service_configuration_attributes_services_with_quantity_item import (
    ServiceConfigurationAttributesServicesWithQuantityItem,
)
from .service_configuration_attributes_services_with_quantity_item_service import (
    ServiceConfigurationAttributesServicesWithQuantityItemService,
)
from .service_configuration_document import ServiceConfigurationDocument
from .service_configuration_meta import ServiceConfigurationMeta
from .service_document import ServiceDocument
from .service_id_value_type_2 import ServiceIdValueType2
from .service_meta import ServiceMeta
from .service_quantities import ServiceQuantities
from .to_one_linkage import ToOneLinkage
from .upcoming_intervals_page import UpcomingIntervalsPage
from .user import User
from .user_attributes import UserAttributes
from .user_document import UserDocument
from .voucher_request import VoucherRequest
from .waitlist_entry import WaitlistEntry
from .waitlist_entry_attributes import WaitlistEntryAttributes
from .waitlist_entry_collection import WaitlistEntryCollection
from .waitlist_entry_create_request import WaitlistEntryCreateRequest
from .waitlist_entry_create_request_data import WaitlistEntryCreateRequestData
from .waitlist_entry_create_request_data_attributes import (
    WaitlistEntryCreateRequestDataAttributes,
)
from .waitlist_entry_create_request_data_relationships import (
    WaitlistEntryCreateRequestDataRelationships,
)
from .waitlist_entry_document import WaitlistEntryDocument

__all__ = (
    "AvailabilityPeriod",
    "AvailabilityPeriodsResponse",
    "AvailabilityStartDate",
    "AvailabilityStartItem",
    "AvailabilityStartResponseType1",
    "Booking",
    "BookingAttributes",
    "BookingAttributesBookingAddOnsItem",
    "BookingAttributesCustomEntryMap",
    "BookingCollection",
    "BookingDocument",
    "BookingMeta",
    "CalendarEvent",
    "CalendarEventResourceAvailabilityResult",
    "CalendarEventsResponse",
    "CalendarEventsResponseData",
    "CancellationPreview",
    "CartBookingRequest",
    "CartBookingRequestAddOnsByService",
    "CartBookingRequestBookingAddOnsItem",
    "CartBookingRequestSubBookingsByService",
    "CartBookingRequestSubBookingsItem",
    "CheckoutCustomer",
    "CheckoutForm",
    "CheckoutFormComponentsItem",
    "CheckoutFormDefault",
    "CheckoutFormValidations",
    "CheckoutRequest",
    "CheckoutRequestCustomer",
    "CheckoutRequestMeta",
    "CollectionMeta",
    "Community",
    "CommunityAccount",
    "CommunityAccountAttributes",
    "CommunityAccountDocument",
    "CommunityAttributes",
    "CommunityCollection",
    "CommunityDocument",
    "CommunityJoinRequest",
    "CommunityJoinRequestData",
    "CommunityJoinRequestDataAttributes",
    "Customer",
    "CustomerAccount",
    "CustomerAccountAttributes",
    "CustomerAccountCollection",
    "CustomerAccountDocument",
    "CustomerAttributes",
    "CustomerAttributesCustomEntryMap",
    "CustomerAttributesSettings",
    "CustomerDocument",
    "CustomerUpdateAttributes",
    "CustomerUpdateRequest",
    "CustomerUpdateRequestData",
    "EmailVerificationConfirmRequest",
    "EmailVerificationRequest",
    "EmailVerificationSent",
    "ErrorDocument",
    "ErrorObject",
    "ErrorSource",
    "FlatDocument",
    "FlatDocumentLinks",
    "FlatDocumentMeta",
    "FlatRecord",
    "InstantBookingRequest",
    "IntervalItem",
    "JsonApiObject",
    "Links",
    "Meta",
    "Order",
    "OrderAttributes",
    "OrderAttributesCustomEntryMap",
    "OrderCollection",
    "OrderDocument",
    "OrderItem",
    "OrderMeta",
    "Organization",
    "OrganizationAttributes",
    "OrganizationDocument",
    "PageMeta",
    "PaginationLinks",
    "Pass",
    "PassAttributes",
    "PassCollection",
    "PassDocument",
    "PlainErrorBodyType0",
    "PlainErrorBodyType1",
    "Plan",
    "PlanAttributes",
    "PlanCollection",
    "PlanDocument",
    "PlanSubscription",
    "PlanSubscriptionAttributes",
    "PlanSubscriptionCollection",
    "PlanSubscriptionCreateRequest",
    "PlanSubscriptionCreateRequestData",
    "PlanSubscriptionCreateRequestDataAttributes",
    "PlanSubscriptionCreateRequestDataRelationships",
    "PlanSubscriptionDocument",
    "QueueTicket",
    "QueueTicketAttributes",
    "QueueTicketCollection",
    "QueueTicketCreateRequest",
    "QueueTicketCreateRequestData",
    "QueueTicketCreateRequestDataRelationships",
    "QueueTicketDocument",
    "Quote",
    "QuoteItem",
    "QuoteRequest",
    "QuoteRequestAddOnsByService",
    "QuoteRequestSubBookingsByService",
    "Relationship",
    "Relationships",
    "Resource",
    "ResourceAttributes",
    "ResourceAttributesSettings",
    "ResourceCollection",
    "ResourceDocument",
    "ResourceIdentifier",
    "ResourceLocation",
    "ResourceLocationAvailabilityResult",
    "ResourceLocationsResponse",
    "ResourceMeta",
    "ResourceObject",
    "ResourceObjectAttributes",
    "Service",
    "ServiceAttributes",
    "ServiceAttributesParticipantSettings",
    "ServiceAttributesPriceLabelI18N",
    "ServiceAttributesPublicSettings",
    "ServiceCollection",
    "ServiceConfiguration",
    "ServiceConfigurationAttributes",
    "ServiceConfigurationAttributesServicesWithQuantityItem",
    "ServiceConfigurationAttributesServicesWithQuantityItemService",
    "ServiceConfigurationDocument",
    "ServiceConfigurationMeta",
    "ServiceDocument",
    "ServiceIdValueType2",
    "ServiceMeta",
    "ServiceQuantities",
    "ToOneLinkage",
    "UpcomingIntervalsPage",
    "User",
    "UserAttributes",
    "UserDocument",
    "VoucherRequest",
    "WaitlistEntry",
    "WaitlistEntryAttributes",
    "WaitlistEntryCollection",
    "WaitlistEntryCreateRequest",
    "WaitlistEntryCreateRequestData",
    "WaitlistEntryCreateRequestDataAttributes",
    "WaitlistEntryCreateRequestDataRelationships",
    "WaitlistEntryDocument",
)
